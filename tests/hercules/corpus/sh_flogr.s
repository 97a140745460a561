# FLOGR: leftmost one position and the cleared-bit register, zero input, cc.
        .include "common.s"
        lg      %r1,val
        flogr   %r2,%r1
        STCC    0
        lghi    %r5,0
        flogr   %r4,%r5
        STCC    1
        lghi    %r7,-1
        flogr   %r6,%r7
        STCC    2
        lghi    %r9,1
        flogr   %r8,%r9
        STCC    3
        stmg    %r1,%r9,RES+8
        EXIT
        .align  8
val:    .quad   0x0000100000000001
