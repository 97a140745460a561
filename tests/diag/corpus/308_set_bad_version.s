# X'308' subcode 5 with version 1 in the list header: rc X'0402'.
        .include "common.s"
        lghi    %r2,0x4000
        larl    %r1,blk
        mvc     0(16,%r2),0(%r1)
        lghi    %r4,5
        diag    %r2,%r4,0x308
        RECORD
        EXIT
blk:    .long   200, 1, 192, 0x02000000
