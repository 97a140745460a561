# Floating-point-extension facility (z196): CDLGBR/CLFDBR/CLGDBR/CDFBRA with inexact suppression.
# (-1.0 to logical, an invalid operation with cc 3 by the PoP, is left out: Hercules 3.13 gives
# cc 1 without the invalid flag.)
        .include "common.s"
        lghi    %r1,-1
        cdlgbr  %f0,0,%r1,0             # 2^64-1 rounded
        cdlfbr  %f1,0,%r1,0
        larl    %r10,c
        ld      %f2,0(%r10)
        clfdbr  %r2,5,%f2,0
        STCC    0
        clgdbr  %r3,5,%f2,0
        STCC    1
        ld      %f3,8(%r10)             # -0.5 rounds to 0 toward zero: cc 1
        clgdbr  %r4,5,%f3,0
        STCC    2
        cdfbra  %f4,0,%r1,4             # inexact suppression bit, exact anyway
        stmg    %r2,%r4,8(%r13)
        efpc    %r5
        st      %r5,0x30(%r13)
        EXIT
        .align  8
c:      .quad   0x41efffffffe00000, 0xbfe0000000000000
