# STCTG with ic byte 1 bit 0x04 is intercepted (code 4, nothing stored); with the control off
# (second pass from the start) it is interpreted and stores the guest CR0 and CR1 the host put
# in the state description.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST ic=0x00040000
        GUEST_LOAD
        larl    %r2,cr0val
        mvc     0x100(16,%r15),0(%r2)
        sie     0(%r15)
        RECORD
        mvi     0x49(%r15),0
        lghi    %r1,GCODE
        stg     %r1,0x98(%r15)
        sie     0(%r15)
        RECORD
        llilf   %r1,GMSO
        lay     %r2,RES
        mvc     0xf0(16,%r2),0x700(%r1)
        EXIT
        .balign 8
cr0val: .quad   0x00000000000000e0
cr1val: .quad   0x0000000000456000
        GUEST_AT
        stctg   %c0,%c1,0x700
        GEND
        GWAIT
        SIE_DATA
