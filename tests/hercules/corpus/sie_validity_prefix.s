# Validity interception (code 0x20) for a guest prefix area outside the 1 MiB of guest storage (prefix 0x100000):
# nothing runs, the guest PSW stays as given, f = 0, ipa = who/when (0x01 CPU, 0x10 at
# entry), ipb bits 0-15 the reason.  Then prefix 0xFE000, the last 8 KiB: the guest runs.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        GUEST_LOAD
        SD_GUEST prefix=0x100000
        sie     0(%r15)
        RECORD
        lghi    %r1,0x7e                # the last 8 KiB of the guest (0xFE000) is fine
        sth     %r1,4+1(%r15)
        sie     0(%r15)
        RECORD
        EXIT
        GUEST_AT
        diag    %r0,%r0,0
        SIE_DATA
