# SIGP (AE) in guest supervisor state is intercepted (no SIGP interpretation in eca): code 4,
# ipa = AE R1R3, ipb = B2D2.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST
        GUEST_LOAD
        sie     0(%r15)
        RECORD
        sie     0(%r15)
        RECORD
        EXIT
        GUEST_AT
        lghi    %r3,1
        sigp    %r4,%r3,0x12(%r0)
        sigp    %r2,%r3,0x5(%r8)
        GEND
        GWAIT
        SIE_DATA
