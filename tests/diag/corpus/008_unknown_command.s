# DIAGNOSE X'008' with a command CP does not know: HCPCMD001E, completion code 1.
        .include "common.s"
        larl    %r2,cmd
        lghi    %r3,0x4000
        iilf    %r4,0x40000003
        lgfi    %r5,256
        diag    %r2,%r4,0x8
        RECORD
        lghi    %r6,RES_DATA
        lghi    %r7,0x4000
        mvc     0(0x60,%r6),0(%r7)
        EXIT
        .align  8
cmd:
        .byte   0xc6,0xd6,0xd6
