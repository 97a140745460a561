# Subnormal results: halving min-normal, underflow+inexact flags, gradual underflow in short.
        .include "common.s"
        larl    %r10,c
        ld      %f0,0(%r10)             # min normal long
        ddb     %f0,8(%r10)             # /2 exact subnormal: no underflow flag (exact)
        efpc    %r1
        sfpc    %r0
        ld      %f1,16(%r10)            # 3 * min subnormal
        ddb     %f1,8(%r10)             # 1.5 ulp: rounds, underflow+inexact
        efpc    %r2
        sfpc    %r0
        le      %f2,24(%r10)            # min normal short
        meeb    %f2,28(%r10)            # * 0.75
        efpc    %r3
        stmg    %r1,%r3,0(%r13)
        EXIT
        .align  8
c:      .quad   0x0010000000000000, 0x4000000000000000, 3
        .long   0x00800000, 0x3f400000
