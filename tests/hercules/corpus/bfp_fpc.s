# SFPC/EFPC/LFPC/STFPC/SRNM and the FPC contents after flag-setting operations.
        .include "common.s"
        llilf   %r1,0x00000002
        sfpc    %r1
        efpc    %r2
        stfpc   0(%r13)
        larl    %r10,c
        lfpc    0(%r10)                 # masks: inexact (0x08000000) + mode 1
        stfpc   4(%r13)
        srnm    0
        stfpc   8(%r13)
        ld      %f0,8(%r10)
        ld      %f1,16(%r10)
        lfpc    4(%r10)                 # all masks off
        ddbr    %f0,%f1                 # inexact: flag
        stfpc   12(%r13)
        stg     %r2,16(%r13)
        EXIT
        .align  8
c:      .long   0x08000001, 0
        .quad   0x3ff0000000000000, 0x4008000000000000
