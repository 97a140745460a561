# DIAGNOSE X'2FC' for this guest into a 112-byte buffer: Ry 0, Rx 0 (nothing left over).
        .include "common.s"
        larl    %r2,pl
        diag    %r2,%r3,0x2fc
        RECORD
        lghi    %r11,RES
        lgfi    %r12,0x5000
        mvc     0xa0(96,%r11),0(%r12)
        EXIT

        .balign 8
pl:     .byte   0x40,0x40,0x40,0x40,0x40,0x40,0x40,0x40
        .byte   0x40,0x40,0x40,0x40,0x40,0x40,0x40,0x40
        .quad   0x5000
        .long   112,2
