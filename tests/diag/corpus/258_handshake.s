# DIAGNOSE X'258' page-reference services: establish the pfault handshake (rc 0), establish
# again while it is on (rc 8), cancel (rc 0), cancel again (rc 4).  Return codes in Ry.
        .include "common.s"
        larl    %r2,pb_on
        diag    %r2,%r3,0x258
        lgr     %r8,%r3
        diag    %r2,%r3,0x258
        lgr     %r9,%r3
        larl    %r2,pb_off
        diag    %r2,%r3,0x258
        lgr     %r10,%r3
        diag    %r2,%r3,0x258
        RECORD
        EXIT

        .balign 8
pb_on:  .short  0x258,0,5,2
        .quad   0x4000,0x0300000000000000,0x0300000000000000,0x8000000000000000
pb_off: .short  0x258,1,5,2
        .quad   0,0,0,0
