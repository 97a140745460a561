# MP/DP: products and quotient/remainder fields, signs.
        .include "common.s"
        larl    %r10,p
        mvc     0(6,%r13),0(%r10)
        mp      0(6,%r13),6(2,%r10)     # 00000012345+ * 999- (leading zeros)
        mvc     8(8,%r13),8(%r10)
        dp      8(8,%r13),16(2,%r10)    # 123456789- / 321+
        mvc     16(4,%r13),18(%r10)
        dp      16(4,%r13),22(1,%r10)   # 1000000+ / 7+
        EXIT
p:      .byte   0,0,0,0x01,0x23,0x4c, 0x99,0x9d
        .byte   0,0,0,0x12,0x34,0x56,0x78,0x9d, 0x32,0x1c
        .byte   0x01,0x00,0x00,0x0c, 0x7c
