# Data exceptions (7, DXC 0): invalid sign in AP, invalid digit in CVB, overlapping ZAP fields fine.
        .include "common.s"
        larl    %r10,p
        mvc     0(3,%r13),0(%r10)
        ONPGM   1f
        ap      0(3,%r13),3(2,%r10)     # second operand sign 0x5: invalid
1:      ONPGM   2f
        cvb     %r1,8(%r10)             # digit 0xA
2:      mvc     8(3,%r13),0(%r10)
        zap     8(3,%r13),8(2,%r13)     # overlapping rightmost bytes allowed
        ap      0(3,%r13),5(1,%r10)     # invalid: no resume, ends the run
        EXIT
p:      .byte   0x12,0x34,0x5c, 0x12,0x35, 0x1b, 0,0
        .byte   0,0,0,0,0,0,0x1a,0x2c
