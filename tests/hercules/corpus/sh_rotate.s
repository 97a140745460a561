# RLL/RLLG: rotates by register amounts, high word of RLL kept.
        .include "common.s"
        lg      %r1,val
        rll     %r2,%r1,4
        rllg    %r3,%r1,4
        lghi    %r9,60
        rllg    %r4,%r1,0(%r9)
        rll     %r5,%r1,31
        rllg    %r6,%r1,64
        stmg    %r1,%r6,RES
        EXIT
        .align  8
val:    .quad   0xf0e1d2c3b4a59687
