# DIAGNOSE X'258' init with a valid parameter list: return code 0 in Ry.
        .include "common.s"
        larl    %r2,blk
        lghi    %r3,-1
        diag    %r2,%r3,0x258
        RECORD
        EXIT
        .align  8
blk:    .short  0x258, 0, 5, 2          # code, function 0 (init), 5 doublewords, version 2
        .quad   0x3f0                   # the token's address
        .quad   0x0001000000000000      # select mask (Linux pfault.c: 1 << 48)
        .quad   0x0001000000000000      # compare mask
        .quad   0x8000000000000000      # the z/Architecture indicator (Linux __PF_RES_FIELD)
