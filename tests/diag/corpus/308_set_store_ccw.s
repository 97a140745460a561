# X'308' subcode 5 with a 200-byte CCW block (version 0, type 2), then subcode 6 to
# 0x5000: rc X'0001' both times, the block stored back.
        .include "common.s"
        lghi    %r2,0x4000
        larl    %r1,blk
        mvc     0(16,%r2),0(%r1)
        mvi     16(%r2),0xc1
        lghi    %r4,5
        diag    %r2,%r4,0x308
        lgr     %r9,%r3
        lghi    %r2,0x5000
        lghi    %r4,6
        diag    %r2,%r4,0x308
        RECORD
        lghi    %r1,RES_DATA
        mvc     0(17,%r1),0(%r2)
        EXIT
blk:    .long   200, 0, 192, 0x02000000
