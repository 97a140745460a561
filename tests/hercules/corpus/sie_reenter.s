# A host loop: re-enter after every interception until the guest waits.  The guest issues
# five DIAGs inside a BRCT loop, so the sixth entry ends in its wait; the guest's
# registers survive every round trip through the host (R5 counts down, R6 sums).
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST
        GUEST_LOAD
1:      sie     0(%r15)
        asi     RES+0xf0,1
        cli     0x50(%r15),0x04
        je      1b
        RECORD
        EXIT
        GUEST_AT
        lghi    %r5,5
        lghi    %r6,0
2:      aghi    %r6,3
        diag    %r0,%r0,0x44
        brct    %r5,2b
        GEND
        GWAIT
        SIE_DATA
