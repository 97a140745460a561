# LTGF/LTGFR/LNGFR/LPGFR/LCGFR with 32-bit sources; CC after each.
        .include "common.s"
        larl    %r10,data
        ltgf    %r1,0(%r10)
        STCC    0
        ltgfr   %r2,%r1
        STCC    1
        lngfr   %r3,%r1
        STCC    2
        lhi     %r4,0
        lpgfr   %r4,%r4
        STCC    3
        lcgfr   %r5,%r1
        STCC    4
        stmg    %r1,%r5,RES+8
        EXIT
        .align  8
data:   .long   0x80000001
