# Distinct-operands facility (z196): AGRK/SGRK/ALGRK/SLGRK/NGRK/OGRK/XGRK/SLLG-free forms,
# sources preserved, cc as for the two-operand forms.
        .include "common.s"
        lghi    %r1,-8
        lghi    %r2,3
        agrk    %r3,%r1,%r2
        STCC    0
        sgrk    %r4,%r2,%r1
        STCC    1
        algrk   %r5,%r1,%r1
        STCC    2
        slgrk   %r6,%r2,%r1
        STCC    3
        ngrk    %r7,%r1,%r2
        STCC    4
        ogrk    %r8,%r1,%r2
        STCC    5
        xgrk    %r9,%r1,%r1
        STCC    6
        srk     %r10,%r2,%r1
        STCC    7
        slrk    %r11,%r1,%r2
        STCC    8
        xrk     %r12,%r1,%r2
        stmg    %r1,%r12,0x10(%r13)
        EXIT
