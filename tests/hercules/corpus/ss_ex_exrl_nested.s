# EXRL of EX target lengths: XC length from a register, CLC through EX with R1 bits.
        .include "common.s"
        larl    %r10,d
        mvc     0(32,%r13),0(%r10)
        lghi    %r1,9
        exrl    %r1,x
        lghi    %r2,31
        larl    %r9,c
        ex      %r2,0(%r9)
        STCC    0x40
        EXIT
x:      xc      0(1,%r13),0(%r13)
c:      clc     0(1,%r13),0(%r10)
d:      .ascii  "ExecutedStorageOperandsForTests!"
