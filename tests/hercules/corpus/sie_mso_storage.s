# A pageable guest at MSO 0x100000 (1 MiB, host DAT tables map it 1:1): guest absolute 0x7000
# is host 0x107000 both ways, and the guest's last doubleword (0xFFFF8) is host 0x1FFFF8.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST
        GUEST_LOAD
        llilf   %r1,GMSO+0x7000
        mvhi    0(%r1),0x1111
        mvhi    4(%r1),0x2222
        sie     0(%r15)
        RECORD
        llilf   %r1,GMSO+0x7000
        lay     %r2,RES
        mvc     0xf0(8,%r2),8(%r1)
        llilf   %r1,0x1ffff8
        mvc     0xf8(8,%r2),0(%r1)
        EXIT
        GUEST_AT
        llill   %r5,0x7000
        lg      %r4,0(%r5)
        aghi    %r4,0x55
        stg     %r4,8(%r5)
        llilf   %r6,0xffff8
        mvghi   0(%r6),-2
        GEND
        GWAIT
        SIE_DATA
