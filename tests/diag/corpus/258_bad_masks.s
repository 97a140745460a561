# DIAGNOSE X'258' establish with a compare mask outside the select mask.
        .include "common.s"
        lghi    %r3,0x77
        larl    %r2,pb
        diag    %r2,%r3,0x258
        RECORD
        EXIT
        .balign 8
pb:     .short 0x258,0,5,2
        .quad 0x4000,0x0100000000000000,0x0200000000000000,0x8000000000000000
