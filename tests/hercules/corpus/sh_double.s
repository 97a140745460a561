# SLDL/SRDL/SLDA/SRDA: 64-bit shifts of even-odd register pairs, cc of the algebraic ones.
        .include "common.s"
        larl    %r12,val
        lm      %r2,%r3,0(%r12)
        sldl    %r2,8
        lm      %r4,%r5,0(%r12)
        srdl    %r4,36
        lm      %r6,%r7,0(%r12)
        slda    %r6,1                   # sign changes: overflow cc 3
        STCC    0
        lm      %r8,%r9,0(%r12)
        srda    %r8,4
        STCC    1
        lm      %r10,%r11,8(%r12)
        slda    %r10,2
        STCC    2
        stmg    %r2,%r11,RES+8
        EXIT
        .align  8
val:    .long   0x40000001, 0x80000002, 0xff000000, 0x00000001
