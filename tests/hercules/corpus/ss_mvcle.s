# MVCLE/CLCLE: long moves with padding and compares, cc 0/1/2 (cc 3 not expected this short).
        .include "common.s"
        lay     %r2,0x10(%r13)
        lghi    %r3,24
        larl    %r4,s
        lghi    %r5,10
        mvcle   %r2,%r4,0x2a
        STCC    0
        stmg    %r2,%r5,0x40(%r13)
        larl    %r6,s
        lghi    %r7,10
        lay     %r8,0x10(%r13)
        lghi    %r9,24
        clcle   %r6,%r8,0x2a
        STCC    1
        stmg    %r6,%r9,0x60(%r13)
        EXIT
s:      .ascii  "0123456789"
