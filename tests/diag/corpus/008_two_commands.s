# DIAGNOSE X'008' with two commands separated by X'15': both responses, the completion code
# of the last (QUERY FOO: HCP003E, 3).
        .include "common.s"
        larl    %r2,cmd
        lghi    %r3,0x4000
        iilf    %r4,0x4000000e
        lgfi    %r5,256
        diag    %r2,%r4,0x8
        RECORD
        lghi    %r6,RES_DATA
        lghi    %r7,0x4000
        mvc     0(0x60,%r6),0(%r7)
        EXIT
        .align  8
cmd:
        .byte   0xd8,0x40,0xe4,0xe2,0xc5,0xd9,0xc9,0xc4,0x15,0xd8,0x40,0xc6
        .byte   0xd6,0xd6
