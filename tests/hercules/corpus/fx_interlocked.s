# Interlocked-access facility (z196): LAA/LAAG/LAAL/LAALG/LAN/LAO/LAX return the old value and
# store the result; cc as for the corresponding add/logical operation.
        .include "common.s"
        mvhi    0(%r13),0x7fff
        lhi     %r1,1
        laa     %r2,%r1,0(%r13)         # old 0x7fff, new 0x8000
        STCC    0xf0
        mvghi   8(%r13),-1
        lghi    %r3,1
        laalg   %r4,%r3,8(%r13)         # logical: carry, zero result: cc 2
        STCC    0xf1
        mvhi    16(%r13),0x0ff0
        lhi     %r5,0x00ff
        lan     %r6,%r5,16(%r13)
        STCC    0xf2
        mvhi    20(%r13),0x0ff0
        lao     %r7,%r5,20(%r13)
        STCC    0xf3
        mvhi    24(%r13),0x0ff0
        lax     %r8,%r5,24(%r13)
        STCC    0xf4
        mvghi   32(%r13),5
        lghi    %r9,-7
        laag    %r10,%r9,32(%r13)
        STCC    0xf5
        mvhi    40(%r13),-1
        laal    %r11,%r1,40(%r13)
        STCC    0xf6
        stmg    %r2,%r11,0x30(%r13)       # 10 registers: 0x3030-0x307f
        EXIT
