# DIAGNOSE X'2FC' for this guest (blank user id) into a buffer of 0 bytes: Ry = -2 and Rx = the
# residual count, here minus one 112-byte record.
        .include "common.s"
        lghi    %r3,-1
        larl    %r2,pl
        diag    %r2,%r3,0x2fc
        RECORD
        EXIT

        .balign 8
pl:     .byte   0x40,0x40,0x40,0x40,0x40,0x40,0x40,0x40
        .byte   0x40,0x40,0x40,0x40,0x40,0x40,0x40,0x40
        .quad   0x5000
        .long   0,2
