# DIAGNOSE X'008' with a response buffer and Ry = Rx+1 (2 and 3): specification exception.
        .include "common.s"
        larl    %r2,cmd
        iilf    %r3,0x40000008
        lghi    %r4,256
        diag    %r2,%r3,0x8
        RECORD
        EXIT
        .align  8
cmd:
        .byte   0xd8,0x40,0xe4,0xe2,0xc5,0xd9,0xc9,0xc4
