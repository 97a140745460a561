# AGR/AG/AGF/AGFR/AGHI/ALGR/ALG/ALGF/ALCGR: 64-bit adds, sign extension, carries.
        .include "common.s"
        larl    %r10,data
        lg      %r1,0(%r10)
        agr     %r1,%r1                 # overflow, cc 3
        STCC    0
        lghi    %r2,100
        agf     %r2,8(%r10)             # + (-2) sign-extended
        STCC    1
        lghi    %r3,-1
        lgfr    %r4,%r3
        agfr    %r4,%r3                 # -2
        STCC    2
        lg      %r5,16(%r10)
        algr    %r5,%r5                 # carry out
        STCC    3
        lghi    %r6,1
        alg     %r6,16(%r10)
        STCC    4
        lghi    %r7,7
        algf    %r7,8(%r10)             # + 0xfffffffe zero-extended
        STCC    5
        lghi    %r8,0
        alcgr   %r8,%r6                 # add with carry from the previous cc
        STCC    6
        aghi    %r8,-32768
        STCC    7
        stmg    %r1,%r8,RES+8
        EXIT
        .align  8
data:   .quad   0x4000000000000000
        .long   -2, 0
        .quad   0x8000000000000001
