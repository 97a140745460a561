# DIAGNOSE X'008' QUERY USERID with a response buffer: the response line "userid AT system"
# followed by X'15', CC 0, Ry = completion code 0, Ry+1 = the response length.
        .include "common.s"
        larl    %r2,cmd
        lghi    %r3,0x4000
        iilf    %r4,0x40000008
        lgfi    %r5,256
        diag    %r2,%r4,0x8
        RECORD
        lghi    %r6,RES_DATA
        lghi    %r7,0x4000
        mvc     0(0x60,%r6),0(%r7)
        EXIT
        .align  8
cmd:
        .byte   0xd8,0x40,0xe4,0xe2,0xc5,0xd9,0xc9,0xc4
