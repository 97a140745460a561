# CFDBR/CGDBR/CFEBR/CGEBR/CFXBR with rounding modes 1,4,5,6,7 and the cc (sign / special).
# R2 (M3 1, ties away from 0: 3 by the PoP) is not compared: Hercules 3.13 rounds ties to even.
# ignore: GR2 STOR:3008-300F
        .include "common.s"
        larl    %r10,c
        ld      %f0,0(%r10)             # 2.5
        ld      %f1,8(%r10)             # -2.5
        cfdbr   %r1,4,%f0               # nearest even: 2
        cfdbr   %r2,1,%f0               # nearest away: 3
        cfdbr   %r3,5,%f1               # toward 0: -2
        cfdbr   %r4,6,%f1               # toward +inf: -2
        cfdbr   %r5,7,%f1               # toward -inf: -3
        cgdbr   %r6,0,%f1               # FPC mode (nearest): -2
        STCC    0x70
        le      %f2,16(%r10)            # 1e10f: too large for 32 bits
        cfebr   %r7,5,%f2               # invalid: max negative? cc 3
        STCC    0x71
        cgebr   %r8,5,%f2
        STCC    0x72
        ld      %f4,24(%r10)            # NaN
        cgdbr   %r9,5,%f4
        STCC    0x73
        lghi    %r11,-9
        cxgbr   %f8,%r11
        cfxbr   %r11,5,%f8
        STCC    0x74
        stmg    %r1,%r11,0(%r13)
        efpc    %r12
        st      %r12,0x78(%r13)
        EXIT
        .align  8
c:      .quad   0x4004000000000000, 0xc004000000000000
        .long   0x501502f9, 0
        .quad   0x7ff8000000000000
