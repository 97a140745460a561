# LPSW (short ESA/390-format PSW) with the LPSW control off is interpreted: the guest
# loads a short disabled-wait PSW, exit 0x1C; the state description holds it in z/Architecture
# form (bit 12 dropped, 31-bit addressing, address 0x1234).
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST
        GUEST_LOAD
        sie     0(%r15)
        RECORD
        EXIT
        GUEST_AT
        larl    %r12,spsw
        lpsw    0(%r12)
        .balign 8
spsw:   .long   0x000a0000, 0x80001234
        SIE_DATA
