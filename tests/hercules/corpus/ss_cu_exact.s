# CU21 whose first operand exactly fits the converted second operand: cc 0 (the second
# operand is used up), registers advanced to the ends of both.
        .include "common.s"
        lay     %r2,0x10(%r13)
        lghi    %r3,3
        larl    %r4,u16
        lghi    %r5,4
        cu21    %r2,%r4
        STCC    0
        EXIT
        .align  2
u16:    .short  0x0041, 0x00e9
