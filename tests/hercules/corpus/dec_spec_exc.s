# Decimal specification exceptions (6): MP with L2 >= L1, DP with L2 > 8.
        .include "common.s"
        larl    %r10,p
        mvc     0(4,%r13),0(%r10)
        ONPGM   1f
        mp      0(4,%r13),0(4,%r10)
1:      mvc     8(16,%r13),0(%r10)
        dp      8(16,%r13),0(9,%r10)
        EXIT
p:      .byte   0,0,0x01,0x2c, 0,0,0,0,0,0,0,0,0x3c,0,0,0,0
