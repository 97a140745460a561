# DIAGNOSE X'008' with Ry = 0: a no-operation; registers and CC (2) unchanged.
        .include "common.s"
        iilf    %r6,0x20000000
        spm     %r6
        larl    %r2,cmd
        lghi    %r3,0x4000
        lghi    %r4,0
        lghi    %r5,100
        diag    %r2,%r4,0x8
        RECORD
        lghi    %r6,RES_DATA
        lghi    %r7,0x4000
        mvc     0(0x10,%r6),0(%r7)
        EXIT
        .align  8
cmd:
        .byte   0xd8,0x40,0xe4,0xe2,0xc5,0xd9,0xc9,0xc4
