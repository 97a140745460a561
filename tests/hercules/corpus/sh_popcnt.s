# POPCNT (z196): per-byte population counts, cc.
        .include "common.s"
        lg      %r1,val
        popcnt  %r2,%r1
        STCC    0
        lghi    %r3,0
        popcnt  %r4,%r3
        STCC    1
        lghi    %r5,-1
        popcnt  %r6,%r5
        stmg    %r1,%r6,RES+8
        EXIT
        .align  8
val:    .quad   0x0103070f1f3f7fff
