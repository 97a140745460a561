# ALCR/ALC/SLBR/SLB/ALCG/SLBG: multi-word add and subtract chains.
        .include "common.s"
        larl    %r10,data
        lm      %r2,%r3,0(%r10)         # 0xffffffff_ffffffff as two words
        lhi     %r5,1
        lhi     %r4,0
        alr     %r3,%r5
        alcr    %r2,%r4
        STCC    0
        lm      %r6,%r7,8(%r10)
        sl      %r7,16(%r10)
        slb     %r6,20(%r10)
        STCC    1
        lghi    %r8,-1
        algr    %r8,%r8
        lghi    %r9,0
        alcg    %r9,24(%r10)
        STCC    2
        lghi    %r11,0
        slgr    %r11,%r8                # borrow
        lghi    %r12,5
        slbg    %r12,24(%r10)
        STCC    3
        stmg    %r2,%r12,RES+8
        EXIT
        .align  8
data:   .long   0xffffffff, 0xffffffff
        .long   1, 0
        .long   1, 0
        .quad   0x10
