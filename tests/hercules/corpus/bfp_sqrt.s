# SQEBR/SQDBR/SQEB/SQDB: exact and inexact roots, -0 stays -0, sqrt(-1) invalid (flag only).
        .include "common.s"
        larl    %r10,c
        sqdb    %f0,0(%r10)             # sqrt 2
        sqdb    %f1,8(%r10)             # sqrt 16 = 4 exact
        sqdb    %f2,16(%r10)            # sqrt -0 = -0
        sqdb    %f3,24(%r10)            # sqrt -1: default NaN, invalid flag
        sqeb    %f4,32(%r10)            # sqrt 9.0f
        le      %f5,32(%r10)
        sqebr   %f6,%f5
        ld      %f7,0(%r10)
        sqdbr   %f7,%f7
        EXIT
        .align  8
c:      .quad   0x4000000000000000, 0x4030000000000000, 0x8000000000000000, 0xbff0000000000000
        .long   0x41100000
