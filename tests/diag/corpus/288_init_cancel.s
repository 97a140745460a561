# DIAGNOSE X'288' init (60 seconds, command SYSTEM RESTART) and then cancel: both complete.
        .include "common.s"
        lghi    %r2,0
        lghi    %r3,60
        larl    %r4,cmd
        lghi    %r5,14
        diag    %r2,%r4,0x288
        lghi    %r2,2                   # cancel
        lghi    %r3,0
        lghi    %r4,0
        lghi    %r5,0
        diag    %r2,%r4,0x288
        RECORD
        EXIT
cmd:
        .byte   0xe2,0xe8,0xe2,0xe3,0xc5,0xd4,0x40,0xd9,0xc5,0xe2,0xe3,0xc1,0xd9,0xe3   # "SYSTEM RESTART" (EBCDIC)
