# HFP CONVERT TO FIXED with each rounding method (M3 1, 4, 5, 6, 7) on +-2.5, +-3.5 and
# 0.5; a value too large for 32 bits (cc 3); an invalid M3 is a specification exception.
        .include "common.s"
        larl    %r10,c
        ld      %f0,0(%r10)             # 2.5
        ld      %f1,8(%r10)             # -3.5
        ld      %f2,16(%r10)            # 0.5
        ld      %f3,24(%r10)            # 2^36
        le      %f4,32(%r10)            # -2.5 short
        cfdr    %r1,1,%f0
        STCC    0
        cfdr    %r2,4,%f0
        cgdr    %r3,4,%f1
        STCC    1
        cfdr    %r4,5,%f1
        cfdr    %r5,6,%f1
        cfdr    %r6,7,%f1
        cgdr    %r7,1,%f2
        cgdr    %r8,4,%f2
        STCC    2
        cfdr    %r9,5,%f3
        STCC    3
        cgdr    %r11,5,%f3
        cfer    %r12,4,%f4
        STCC    4
        cger    %r0,6,%f4
        ONPGM   1f
        cfdr    %r14,2,%f0
1:      EXIT
        .align  8
c:      .quad   0x4128000000000000, 0xC138000000000000, 0x4080000000000000
        .quad   0x4A10000000000000
        .long   0xC1280000
