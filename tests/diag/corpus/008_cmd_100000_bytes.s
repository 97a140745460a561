# DIAGNOSE X'008' with a command length of 100,000: specification exception.
        .include "common.s"
        larl    %r2,cmd
        lghi    %r3,0x4000
        iilf    %r4,0x400186a0
        lgfi    %r5,256
        diag    %r2,%r4,0x8
        RECORD
        EXIT
        .align  8
cmd:
        .byte   0xd8,0x40,0xe4,0xe2,0xc5,0xd9,0xc9,0xc4
