# DIAGNOSE X'008' with a response buffer and Rx = 15: specification exception.
        .include "common.s"
        larl    %r15,cmd
        iilf    %r4,0x40000008
        lghi    %r5,256
        diag    %r15,%r4,0x8
        RECORD
        EXIT
        .align  8
cmd:
        .byte   0xd8,0x40,0xe4,0xe2,0xc5,0xd9,0xc9,0xc4
