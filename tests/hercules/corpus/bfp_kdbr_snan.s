# KDBR/CDBR with signaling NaN: invalid operation, flag set (mask off), cc 3, DXC not set.
        .include "common.s"
        larl    %r10,c
        ld      %f0,0(%r10)
        ld      %f1,8(%r10)             # qNaN
        ld      %f2,16(%r10)            # sNaN
        kdbr    %f0,%f1                 # signaling compare of quiet NaN: invalid
        STCC    0
        efpc    %r1
        st      %r1,4(%r13)
        sfpc    %r0                     # r0 = 0: clear flags
        cdbr    %f0,%f2                 # sNaN also invalid for CDBR
        STCC    1
        efpc    %r2
        st      %r2,8(%r13)
        sfpc    %r0
        cdbr    %f0,%f1                 # quiet NaN with CDBR: no flag
        efpc    %r3
        st      %r3,12(%r13)
        adbr    %f2,%f0                 # sNaN operand: result is the quieted NaN
        std     %f2,16(%r13)
        EXIT
        .align  8
c:      .quad   0x3ff0000000000000, 0x7ff8000000000000, 0x7ff4000000000000
