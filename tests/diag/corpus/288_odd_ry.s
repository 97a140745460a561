# DIAGNOSE X'288' with an odd Ry: specification exception.
        .include "common.s"
        lghi    %r2,0
        lghi    %r3,60
        larl    %r5,cmd
        lghi    %r6,14
        diag    %r2,%r5,0x288
        RECORD
        EXIT
cmd:
        .byte   0xe2,0xe8,0xe2,0xe3,0xc5,0xd4,0x40,0xd9,0xc5,0xe2,0xe3,0xc1,0xd9,0xe3   # "SYSTEM RESTART" (EBCDIC)
