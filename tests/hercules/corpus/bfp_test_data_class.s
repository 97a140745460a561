# TCEB/TCDB/TCXB: data-class masks on zero, normal, subnormal, infinity, NaNs (cc 0/1).
        .include "common.s"
        larl    %r10,c
        ld      %f0,0(%r10)             # +0
        ld      %f1,8(%r10)             # subnormal
        ld      %f2,16(%r10)            # -inf
        ld      %f3,24(%r10)            # sNaN
        tcdb    %f0,0x800
        STCC    0
        tcdb    %f0,0x400
        STCC    1
        tcdb    %f1,0x100
        STCC    2
        tcdb    %f1,0x200
        STCC    3
        tcdb    %f2,0x010
        STCC    4
        tcdb    %f3,0x001
        STCC    5
        tcdb    %f3,0x004
        STCC    6
        le      %f4,32(%r10)
        tceb    %f4,0x200
        STCC    7
        lzxr    %f8
        tcxb    %f8,0x800
        STCC    8
        EXIT
        .align  8
c:      .quad   0, 1, 0xfff0000000000000, 0x7ff0000000000001
        .long   0x3f800000
