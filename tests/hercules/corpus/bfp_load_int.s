# FIDBR/FIEBR/FIXBR: round to integer in each mode, -0.5 and 2.5, NaN passes through.
# FPR3 (M3 1, round to nearest with ties away from 0: 3.0 by the PoP) is not compared: Hercules
# 3.13 rounds ties to even there (2.0).
# ignore: FPR3
        .include "common.s"
        larl    %r10,c
        ld      %f0,0(%r10)             # 2.5
        ld      %f1,8(%r10)             # -0.5
        fidbr   %f2,4,%f0
        fidbr   %f3,1,%f0
        fidbr   %f4,5,%f1               # -0
        fidbr   %f5,6,%f1
        fidbr   %f6,7,%f1
        fidbr   %f7,0,%f0
        le      %f8,16(%r10)
        fiebr   %f9,7,%f8
        lghi    %r1,7
        cxgbr   %f12,%r1
        fixbr   %f13,5,%f12
        ld      %f10,24(%r10)
        fidbr   %f11,5,%f10             # qNaN unchanged
        EXIT
        .align  8
c:      .quad   0x4004000000000000, 0xbfe0000000000000
        .long   0xc0b00000, 0
        .quad   0x7ff8000000001234
