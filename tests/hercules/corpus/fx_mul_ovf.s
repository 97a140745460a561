# MSGC/MSRKC absent in 3.13; instead MS/MSG with overflow wrap (no exception) and MLG pairs.
        .include "common.s"
        larl    %r10,data
        l       %r1,0(%r10)
        ms      %r1,0(%r10)             # 0x40000000^2 low 32 bits: no cc, no exception
        lg      %r2,8(%r10)
        msg     %r2,8(%r10)
        lghi    %r5,3
        mlg     %r4,8(%r10)
        lghi    %r7,-1
        ml      %r6,0(%r10)
        stmg    %r1,%r7,RES
        EXIT
        .align  8
data:   .long   0x40000000, 0
        .quad   0xc000000000000001
