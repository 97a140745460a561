# PACK/UNPK: zoned to packed and back, short and long operands, sign nibble handling.
        .include "common.s"
        larl    %r10,z
        pack    0(4,%r13),0(5,%r10)
        pack    4(2,%r13),0(5,%r10)     # truncated on the left
        pack    8(8,%r13),5(3,%r10)     # padded with zeros
        unpk    16(8,%r13),0(4,%r13)
        unpk    24(3,%r13),8(8,%r13)
        unpk    32(1,%r13),0(4,%r13)
        EXIT
z:      .byte   0xf1,0xf2,0xf3,0xf4,0xc5,0xf9,0xf8,0xd7
