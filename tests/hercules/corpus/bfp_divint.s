# DIDBR/DIEBR: divide to integer, remainder and quotient, cc for a complete result.
        .include "common.s"
        larl    %r10,c
        ld      %f0,0(%r10)             # 10.5
        ld      %f1,8(%r10)             # 3
        didbr   %f0,%f2,%f1,5
        STCC    0
        le      %f4,16(%r10)            # -7
        le      %f5,20(%r10)            # 2
        diebr   %f4,%f6,%f5,4
        STCC    1
        EXIT
        .align  8
c:      .quad   0x4025000000000000, 0x4008000000000000
        .long   0xc0e00000, 0x40000000
