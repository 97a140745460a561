# TMHH/TMHL/TMLH/TMLL and TM cc 0/1/3 for mixed, all-zero, all-one selected bits.
        .include "common.s"
        lg      %r1,val
        tmhh    %r1,0xf000
        STCC    0
        tmhl    %r1,0x00ff
        STCC    1
        tmlh    %r1,0x8001
        STCC    2
        tmll    %r1,0xffff
        STCC    3
        tmll    %r1,0x0000
        STCC    4
        tmhh    %r1,0x0003
        STCC    5
        EXIT
        .align  8
val:    .quad   0xf00f80fe0000ffff
