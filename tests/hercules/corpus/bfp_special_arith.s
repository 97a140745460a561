# Infinity and NaN arithmetic: inf-inf invalid, inf*0 invalid, NaN propagation, signed zeros.
        .include "common.s"
        larl    %r10,c
        ld      %f0,0(%r10)             # +inf
        ldr     %f1,%f0
        sdbr    %f1,%f0                 # invalid: default NaN
        lzdr    %f2
        ldr     %f3,%f0
        mdbr    %f3,%f2                 # invalid
        ld      %f4,8(%r10)             # qNaN payload
        ld      %f5,16(%r10)            # 1
        adbr    %f5,%f4
        ld      %f6,24(%r10)            # -0
        lzdr    %f7
        adbr    %f7,%f6                 # +0 + -0 = +0 (nearest)
        ld      %f8,24(%r10)
        adbr    %f8,%f6                 # -0 + -0 = -0
        srnm    3
        lzdr    %f9
        sdbr    %f9,%f9                 # x - x = -0 when rounding toward -inf
        srnm    0
        efpc    %r1
        st      %r1,0(%r13)
        EXIT
        .align  8
c:      .quad   0x7ff0000000000000, 0x7ff8000000000abc, 0x3ff0000000000000, 0x8000000000000000
