# AP/SP: signs, cc 0/1/2, result sign of zero, operands of different lengths.
        .include "common.s"
        larl    %r10,p
        mvc     0(4,%r13),0(%r10)
        ap      0(4,%r13),4(2,%r10)     # 1234567+ + 999- = 1233568+
        STCC    0x40
        mvc     4(3,%r13),6(%r10)
        sp      4(3,%r13),6(3,%r10)     # x - x = 0+ cc 0
        STCC    0x41
        mvc     8(2,%r13),4(%r10)
        ap      8(2,%r13),9(2,%r10)     # 999- + 5+ = 994- cc 1
        STCC    0x42
        mvc     12(4,%r13),0(%r10)
        sp      12(4,%r13),4(2,%r10)    # cc 2
        STCC    0x43
        mvc     16(2,%r13),11(%r10)
        ap      16(2,%r13),11(2,%r10)   # +0 + -0 sign
        STCC    0x44
        EXIT
p:      .byte   0x12,0x34,0x56,0x7c, 0x99,0x9d, 0x00,0x12,0x3c, 0x00,0x5c, 0x00,0x0c, 0x00,0x0d
