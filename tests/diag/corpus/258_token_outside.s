# DIAGNOSE X'258' establish with the token beyond the 16 MiB storage.
        .include "common.s"
        lghi    %r3,0x77
        larl    %r2,pb
        diag    %r2,%r3,0x258
        RECORD
        EXIT
        .balign 8
pb:     .short 0x258,0,5,2
        .quad 0x1000000,0,0,0x8000000000000000
