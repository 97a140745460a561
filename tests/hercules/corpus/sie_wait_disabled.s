# A guest loading a disabled-wait PSW (I/O, external, machine-check off; W on) ends
# interpretation with code 0x1C; the state description holds the wait PSW.  Entering SIE again
# with a wait PSW in the state description ends at once with 0x1C again.
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
        lghi    %r3,3
        GEND
        GWAIT   0x1234
        SIE_DATA
