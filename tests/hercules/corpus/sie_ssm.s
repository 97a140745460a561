# SSM with ic byte 1 bit 0x10: intercepted (code 4, mask unchanged).  The host clears the
# control, rewinds the PSW by 4 and re-enters: SSM is interpreted, the new system mask (I/O
# and external on; nothing can arrive: guest CR0 and CR6 are zero) shows in the PSW stored at
# the following DIAG interception.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST ic=0x00100000
        GUEST_LOAD
        llilf   %r1,GMSO
        mvi     0x700(%r1),0x03
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
        ssm     0x700
        diag    %r0,%r0,0x18
        GEND
        GWAIT
        SIE_DATA
