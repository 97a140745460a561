# SLLG/SRLG/SLAG/SRAG: 64-bit shifts and cc, sign preservation in SLAG.
        .include "common.s"
        lg      %r1,val
        sllg    %r2,%r1,1
        srlg    %r3,%r1,63
        slag    %r4,%r1,1               # overflow, cc 3
        STCC    0
        srag    %r5,%r1,8
        STCC    1
        srag    %r6,%r1,63
        STCC    2
        lghi    %r7,1
        slag    %r8,%r7,62
        STCC    3
        slag    %r9,%r7,63              # shifts out into the sign: overflow
        STCC    4
        srag    %r10,%r7,1
        STCC    5
        stmg    %r1,%r10,RES+8
        EXIT
        .align  8
val:    .quad   0x8123456789abcdef
