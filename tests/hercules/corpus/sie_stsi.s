# STSI (B27D) in guest supervisor state is intercepted: code 4, ipa = B27D, ipb = B2D2.  The
# guest's R0 (function code) comes back unchanged in the host R0.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST
        GUEST_LOAD
        sie     0(%r15)
        RECORD
        EXIT
        GUEST_AT
        lghi    %r0,0
        lghi    %r1,0
        lghi    %r2,0x7000
        stsi    0x100(%r2)
        GEND
        GWAIT
        SIE_DATA
