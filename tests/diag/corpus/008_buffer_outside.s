# DIAGNOSE X'008' with the response buffer beyond the end of storage: addressing exception.
        .include "common.s"
        larl    %r2,cmd
        llilf   %r3,0x1000000
        iilf    %r4,0x4000000c
        lghi    %r5,256
        diag    %r2,%r4,0x8
        RECORD
        EXIT
cmd:
        .byte   0xd8,0xe4,0xc5,0xd9,0xe8,0x40,0xe4,0xe2,0xc5,0xd9,0xc9,0xc4   # "QUERY USERID" (EBCDIC)
