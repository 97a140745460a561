# DIAGNOSE X'008' QUERY USERID with the buffer in a page of storage key 3 and the PSW key 2:
# the response cannot be stored: protection exception, nothing stored.
        .include "common.s"
        lghi    %r6,0x30
        lghi    %r7,0x4000
        sske    %r6,%r7
        larl    %r2,cmd
        lghi    %r3,0x4000
        iilf    %r4,0x40000008
        lghi    %r5,256
        spka    0x20
        diag    %r2,%r4,0x8
        RECORD
        EXIT
        .align  8
cmd:
        .byte   0xd8,0x40,0xe4,0xe2,0xc5,0xd9,0xc9,0xc4
