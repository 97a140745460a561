# Decimal divide exception (0xB): divisor zero and quotient too large; operands unchanged.
        .include "common.s"
        larl    %r10,p
        mvc     0(4,%r13),0(%r10)
        ONPGM   1f
        dp      0(4,%r13),4(1,%r10)     # by zero
1:      mvc     8(4,%r13),0(%r10)
        dp      8(4,%r13),5(1,%r10)     # 1234567 / 1: quotient does not fit 5 digits
        EXIT
p:      .byte   0x12,0x34,0x56,0x7c, 0x0c, 0x1c
