# A small bit-manipulation kernel: reverse bits of a doubleword with shifts, masks and RISBG.
        .include "common.s"
        lg      %r1,val
        lghi    %r2,0
        lghi    %r3,64
1:      risbg   %r2,%r1,63,128+63,0     # low bit of r1 into r2 (as a shifted accumulator)
        sllg    %r2,%r2,0
        srlg    %r1,%r1,1
        lgr     %r4,%r2
        brct    %r3,2f
        j       3f
2:      risbg   %r5,%r1,0,0,0           # keep exercising the insert without zero
        sllg    %r2,%r2,1
        j       1b
3:      stmg    %r1,%r5,RES
        EXIT
        .align  8
val:    .quad   0x0123456789abcdef
