# SR/S/SH/SLR/SL/SGR/SLGR/SLBGR/SGF: differences, borrows and the cc.
        .include "common.s"
        larl    %r10,data
        lhi     %r1,5
        lhi     %r2,7
        sr      %r1,%r2                 # -2 cc 1
        STCC    0
        l       %r3,0(%r10)
        s       %r3,4(%r10)             # 0x80000000 - 1: overflow cc 3
        STCC    1
        lhi     %r4,100
        sh      %r4,8(%r10)             # 100 - 100 = 0
        STCC    2
        lhi     %r5,3
        slr     %r5,%r2                 # borrow: cc 1
        STCC    3
        lhi     %r6,7
        sl      %r6,12(%r10)            # 7-7 = 0 no borrow: cc 2
        STCC    4
        lghi    %r7,1
        slgr    %r7,%r2                 # borrow, cc 1
        STCC    5
        lghi    %r8,10
        slbgr   %r8,%r2                 # 10 - 7 - borrow(1) = 2
        STCC    6
        lghi    %r9,0
        sgf     %r9,4(%r10)
        STCC    7
        stmg    %r1,%r9,RES+8
        EXIT
        .align  8
data:   .long   0x80000000, 1
        .short  100, 0
        .long   7
