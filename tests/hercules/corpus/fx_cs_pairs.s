# LM/LMG/LMH/LMY/STMG wrap-around of register ranges (R3 < R1).
        .include "common.s"
        larl    %r10,data
        lmg     %r14,%r1,0(%r10)        # r14, r15, r0, r1
        stmg    %r14,%r1,0(%r13)
        lm      %r2,%r4,0(%r10)
        lmh     %r5,%r6,8(%r10)
        lmy     %r7,%r7,16(%r10)
        stmg    %r2,%r7,0x20(%r13)
        EXIT
        .align  8
data:   .quad   0x0101010101010101, 0x0202020202020202, 0x0303030303030303, 0x0404040404040404
