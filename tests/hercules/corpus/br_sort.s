# Bubble sort of 16 words with compare/branch/swap: exercises loops and indexed addressing.
        .include "common.s"
        larl    %r10,data
        mvc     0(64,%r13),0(%r10)
        lghi    %r1,15                  # passes
1:      lgr     %r2,%r13
        lgr     %r3,%r1
2:      l       %r4,0(%r2)
        l       %r5,4(%r2)
        cr      %r4,%r5
        jle     3f
        st      %r5,0(%r2)
        st      %r4,4(%r2)
3:      la      %r2,4(%r2)
        brct    %r3,2b
        brct    %r1,1b
        EXIT
        .align  4
data:   .long   9, -3, 77, 0, 5, 5, -100, 2000000000, -2000000000, 1, 12, 11, 10, 3, 8, 7
