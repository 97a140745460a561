# X'308' subcode 5 with a CCW block of 199 bytes (Linux's CCW list is 200): rc X'0402'.
        .include "common.s"
        lghi    %r2,0x4000
        larl    %r1,blk
        mvc     0(16,%r2),0(%r1)
        lghi    %r4,5
        diag    %r2,%r4,0x308
        RECORD
        EXIT
blk:    .long   199, 0, 191, 0x02000000
