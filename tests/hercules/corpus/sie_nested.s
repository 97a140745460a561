# A guest issuing SIE itself (no nested-interpretation facility offered): intercepted,
# code 4 with the SIE text in ipa/ipb, for the host to handle.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST
        GUEST_LOAD
        sie     0(%r15)
        RECORD
        EXIT
        GUEST_AT
        llill   %r9,0x4000
        sie     0x200(%r9)
        GEND
        GWAIT
        SIE_DATA
