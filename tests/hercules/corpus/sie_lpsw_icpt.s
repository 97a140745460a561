# ic byte 1 bit 0x40 intercepts LPSW and LPSWE: code 4, ipa/ipb = the text, PSW past the
# instruction, the guest PSW not yet changed.  The host then clears the control, rewinds the
# guest PSW by 4 and re-enters: LPSWE is now interpreted and its disabled wait gives 0x1C.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST ic=0x00400000
        GUEST_LOAD
        sie     0(%r15)
        RECORD
        sie     0(%r15)
        RECORD
        mvi     0x49(%r15),0
        lg      %r1,0x98(%r15)
        aghi    %r1,-4
        stg     %r1,0x98(%r15)
        sie     0(%r15)
        RECORD
        EXIT
        GUEST_AT
        larl    %r12,spsw
        lpsw    0(%r12)
        GEND
        .balign 8
spsw:   .long   0x000a0000, 0x80001234  # ESA/390 short disabled-wait PSW
        GWAIT
        SIE_DATA
