# CU21/CU12: UTF-16 to UTF-8 and back, including a surrogate pair; registers advanced, cc 0.
        .include "common.s"
        lay     %r2,0x10(%r13)
        lghi    %r3,32
        larl    %r4,u16
        lghi    %r5,10
        cu21    %r2,%r4
        STCC    0
        stmg    %r2,%r5,0x40(%r13)
        lay     %r6,0x30(%r13)
        lghi    %r7,16
        lay     %r8,0x10(%r13)
        lgr     %r9,%r2
        sgr     %r9,%r8
        cu12    %r6,%r8
        STCC    1
        stmg    %r6,%r9,0x60(%r13)
        EXIT
u16:    .short  0x0041, 0x00e9, 0x20ac, 0xd83d, 0xde00
