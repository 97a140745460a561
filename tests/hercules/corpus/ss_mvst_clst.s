# MVST/CLST/SRST with terminator in R0: results, updated registers, cc.
        .include "common.s"
        lghi    %r0,0
        lay     %r2,0x10(%r13)
        larl    %r4,s1
        mvst    %r2,%r4
        STCC    0
        stmg    %r2,%r4,0x40(%r13)
        larl    %r5,s1
        larl    %r6,s2
        clst    %r5,%r6
        STCC    1
        stmg    %r5,%r6,0x58(%r13)
        lghi    %r0,0x2c                # ','
        larl    %r7,s1
        la      %r8,20(%r7)             # end of search
        srst    %r8,%r7
        STCC    2
        stmg    %r7,%r8,0x68(%r13)
        EXIT
s1:     .asciz  "alpha,beta"
        .align  2
s2:     .asciz  "alpha,gamma"
