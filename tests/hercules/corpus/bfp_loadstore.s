# LE/LD/LEY/LDY/STE/STD/STEY/STDY and the short-to-long register half semantics.
        .include "common.s"
        larl    %r10,c
        ld      %f0,0(%r10)
        le      %f0,8(%r10)             # replaces the high half only
        ley     %f1,12(%r10)
        ldy     %f2,0(%r10)
        std     %f0,0(%r13)
        stdy    %f1,8(%r13)
        stey    %f2,16(%r13)
        ste     %f0,20(%r13)
        EXIT
        .align  8
c:      .quad   0x1111111122222222
        .long   0x33333333, 0x44444444
