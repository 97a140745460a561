# DIAGNOSE X'288' with an odd Rx: specification exception.
        .include "common.s"
        lghi    %r3,0
        lghi    %r4,60
        larl    %r6,cmd
        lghi    %r7,14
        diag    %r3,%r6,0x288
        RECORD
        EXIT
cmd:
        .byte   0xe2,0xe8,0xe2,0xe3,0xc5,0xd4,0x40,0xd9,0xc5,0xe2,0xe3,0xc1,0xd9,0xe3   # "SYSTEM RESTART" (EBCDIC)
