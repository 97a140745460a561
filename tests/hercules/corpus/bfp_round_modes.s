# SRNM and LFPC rounding modes applied to DDBR 1/3 and -1/3 in each of the four modes.
        .include "common.s"
        larl    %r10,c
        ld      %f0,0(%r10)
        ld      %f1,8(%r10)
        ld      %f2,16(%r10)
        lghi    %r5,4
        lgr     %r6,%r13
        lghi    %r7,0
1:      sfpc    %r7
        ldr     %f4,%f0
        ddbr    %f4,%f1
        std     %f4,0(%r6)
        ldr     %f5,%f2
        ddbr    %f5,%f1
        std     %f5,8(%r6)
        la      %r6,16(%r6)
        ahi     %r7,1
        brct    %r5,1b
        srnm    3
        ledbr   %f6,%f0                 # 1.0 exact in any mode
        srnm    2
        ldr     %f7,%f0
        adb     %f7,24(%r10)            # 1 + 2^-60 rounded up
        std     %f7,0x40(%r13)
        EXIT
        .align  8
c:      .quad   0x3ff0000000000000, 0x4008000000000000, 0xbff0000000000000, 0x3c30000000000000
