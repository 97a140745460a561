# DIAGNOSE X'008' QUERY NAMES: the one user, disconnected (no terminal).
        .include "common.s"
        larl    %r2,cmd
        lghi    %r3,0x4000
        iilf    %r4,0x40000007
        lgfi    %r5,256
        diag    %r2,%r4,0x8
        RECORD
        lghi    %r6,RES_DATA
        lghi    %r7,0x4000
        mvc     0(0x60,%r6),0(%r7)
        EXIT
        .align  8
cmd:
        .byte   0xd8,0x40,0xd5,0xc1,0xd4,0xc5,0xe2
