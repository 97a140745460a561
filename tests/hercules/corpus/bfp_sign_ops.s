# LPDBR/LNDBR/LCDBR/LTDBR/LPEBR/LCEBR/LTXBR: sign changes and cc, NaN sign handling.
        .include "common.s"
        larl    %r10,c
        ld      %f0,0(%r10)             # -3
        lpdbr   %f1,%f0
        STCC    0
        lndbr   %f2,%f1
        STCC    1
        lcdbr   %f3,%f2
        STCC    2
        ld      %f4,8(%r10)             # -0
        ltdbr   %f5,%f4
        STCC    3
        ld      %f6,16(%r10)            # qNaN with sign
        lcdbr   %f7,%f6
        STCC    4
        le      %f8,24(%r10)
        lpebr   %f9,%f8
        STCC    5
        lcebr   %f10,%f8
        lghi    %r1,-2
        cxgbr   %f12,%r1
        ltxbr   %f13,%f12
        STCC    6
        EXIT
        .align  8
c:      .quad   0xc008000000000000, 0x8000000000000000, 0xfff8000000000001
        .long   0xc0490fdb
