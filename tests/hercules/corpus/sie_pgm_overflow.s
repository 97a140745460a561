# Fixed-point overflow in the guest with its program-mask bit on (PSW bit 20): the guest takes
# code 8 in its own lowcore; the sum is stored (the instruction completes) and the old PSW
# carries CC 3.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST pswhi=0x00000801
        GUEST_LOAD
        sie     0(%r15)
        RECORD
        GUEST_PGMINFO
        EXIT
        GUEST_AT
        llilf   %r1,0x7fffffff
        ar      %r1,%r1
        GEND
        GWAIT
        SIE_DATA
