# CDBR/CEBR/CXBR/CDB/CEB: cc 0-3 with ordered values, zeros of both signs and a quiet NaN.
        .include "common.s"
        larl    %r10,c
        ld      %f0,0(%r10)             # 1
        ld      %f1,8(%r10)             # 2
        ld      %f2,16(%r10)            # +0
        ld      %f3,24(%r10)            # -0
        ld      %f4,32(%r10)            # qNaN
        cdbr    %f0,%f1
        STCC    0
        cdbr    %f1,%f0
        STCC    1
        cdbr    %f2,%f3
        STCC    2
        cdbr    %f0,%f4                 # unordered, no exception for quiet
        STCC    3
        cdb     %f1,8(%r10)
        STCC    4
        le      %f5,40(%r10)
        ceb     %f5,44(%r10)
        STCC    5
        cebr    %f5,%f5
        STCC    6
        lghi    %r1,5
        cxgbr   %f8,%r1
        lghi    %r1,-5
        cxgbr   %f9,%r1
        cxbr    %f8,%f9
        STCC    7
        EXIT
        .align  8
c:      .quad   0x3ff0000000000000, 0x4000000000000000, 0, 0x8000000000000000, 0x7ff8000000000000
        .long   0xbf800000, 0x3f800000
