# DIAGNOSE X'008' QUERY USERID with the buffer 4 bytes before the end of the 16 MiB of
# storage: the 17-byte response cannot be stored: addressing exception.
        .include "common.s"
        larl    %r2,cmd
        lghi    %r3,0x4000
        iilf    %r4,0x40000008
        lgfi    %r5,256
        iilf    %r3,0x00fffffc
        diag    %r2,%r4,0x8
        RECORD
        EXIT
        .align  8
cmd:
        .byte   0xd8,0x40,0xe4,0xe2,0xc5,0xd9,0xc9,0xc4
