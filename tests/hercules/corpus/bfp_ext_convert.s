# Extended conversions: LDXBRA/LEXBRA with explicit rounding (FPE), CFXBR/CGXBR/CXFBR,
# LXDB/LXEB from storage.  FPR9 and FPR12 (LDXBRA toward +inf, LEXBRA toward -inf of 1/3:
# 0x3FD5555555555556 and 0x3EAAAAAA by the PoP) are not compared: Hercules 3.13 ignores the
# M3 rounding method there and rounds to nearest.
# ignore: FPR9 FPR12
        .include "common.s"
        larl    %r10,c
        lxdb    %f0,0(%r10)             # 1/3 long -> extended (exact)
        lxeb    %f1,8(%r10)
        lghi    %r1,1
        cxgbr   %f4,%r1
        lghi    %r1,3
        cxgbr   %f5,%r1
        dxbr    %f4,%f5                 # 1/3 extended
        ldxbra  %f8,5,%f4,0             # toward zero
        ldxbra  %f9,6,%f4,0             # toward +inf
        lexbra  %f12,7,%f4,0
        lghi    %r1,-7
        cxfbr   %f13,%r1
        cfxbr   %r2,5,%f13
        cgxbr   %r3,6,%f4
        STCC    0
        stmg    %r2,%r3,8(%r13)
        EXIT
        .align  8
c:      .quad   0x3fd5555555555555
        .long   0x3eaaaaab
