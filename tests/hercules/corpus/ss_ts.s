# F5 (issue 10): TEST AND SET on bytes 00, 7F, 80, FF: CC from the leftmost bit, the byte ones.
        .include "common.s"
        mvi     0(%r13),0x00
        mvi     1(%r13),0x7f
        mvi     2(%r13),0x80
        mvi     3(%r13),0xff
        ts      0(%r13)
        STCC    0x10
        ts      1(%r13)
        STCC    0x11
        ts      2(%r13)
        STCC    0x12
        ts      3(%r13)
        STCC    0x13
        ts      0(%r13)
        STCC    0x14
        EXIT
