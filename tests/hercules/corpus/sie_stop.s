# The stop intervention request (v = 0x04) ends interpretation with code 0x28 before the
# guest runs; the PSW in the state description is unchanged.  With the bit cleared the guest
# runs to its DIAG.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST
        GUEST_LOAD
        mvi     0(%r15),0x04
        sie     0(%r15)
        RECORD
        mvi     0(%r15),0
        sie     0(%r15)
        RECORD
        EXIT
        GUEST_AT
        lghi    %r3,3
        diag    %r0,%r0,0
        SIE_DATA
