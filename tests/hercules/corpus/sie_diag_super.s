# DIAGNOSE in guest supervisor state: intercepted (code 4, status 0x80), ipa/ipb hold the
# instruction text, the guest PSW already points past the DIAG.  Re-entering SIE continues
# the guest after it; its disabled wait then ends interpretation with code 0x1C.
# GR0-13 travel in the host registers: the guest's R2 = 0x1234 set by the host is visible to
# the guest, the guest's R5 change comes back in the host R5.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST
        GUEST_LOAD
        lghi    %r2,0x1234
        sie     0(%r15)
        RECORD
        sie     0(%r15)
        RECORD
        EXIT
        GUEST_AT
        lghi    %r5,0x55
        diag    %r1,%r3,0x44(%r2)
        lghi    %r6,0x66
        GEND
        GWAIT
        SIE_DATA
