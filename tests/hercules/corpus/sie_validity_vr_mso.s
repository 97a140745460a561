# Validity interception (code 0x20) for a V=R guest (m = 0x08) whose origin is not 0:
# nothing runs, the guest PSW stays as given, f = 0, ipa = who/when (0x01 CPU, 0x10 at
# entry), ipb bits 0-15 the reason.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        GUEST_LOAD
        SD_GUEST mso=0x100000, mse=0x100000, m=0x08, prefix=0x8000
        sie     0(%r15)
        RECORD
        EXIT
        GUEST_AT
        diag    %r0,%r0,0
        SIE_DATA
