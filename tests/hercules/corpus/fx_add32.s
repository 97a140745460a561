# AR/A/AH/AHI/ALR/AL: sums, carries and the condition code of each.
        .include "common.s"
        larl    %r10,data
        lhi     %r1,5
        ar      %r1,%r1                 # 10, cc 2
        STCC    0
        lhi     %r2,-10
        ar      %r2,%r1                 # 0, cc 0
        STCC    1
        lhi     %r3,-3
        ahi     %r3,1                   # -2, cc 1
        STCC    2
        l       %r4,0(%r10)
        a       %r4,4(%r10)             # 0x7fffffff + 1: overflow, cc 3 (mask off)
        STCC    3
        l       %r5,0(%r10)
        ah      %r5,8(%r10)             # + (-1)
        STCC    4
        l       %r6,4(%r10)
        alr     %r6,%r6                 # logical 1+1 = 2, cc 2
        STCC    5
        l       %r7,12(%r10)
        al      %r7,12(%r10)            # 0x80000000*2: 0 carry, cc 2
        STCC    6
        lhi     %r8,-1
        alr     %r8,%r8                 # carry, nonzero: cc 3
        STCC    7
        stmg    %r1,%r8,RES+8
        EXIT
        .align  8
data:   .long   0x7fffffff, 1
        .short  -1, 0
        .long   0x80000000
