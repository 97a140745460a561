# LPR/LNR/LCR/LTR/LPGR/LNGR/LCGR/LPGFR/LCGFR: signs, cc, overflow of the maximum negative.
        .include "common.s"
        lhi     %r1,-5
        lpr     %r2,%r1
        STCC    0
        lnr     %r3,%r2
        STCC    1
        lcr     %r4,%r3
        STCC    2
        lhi     %r5,0
        ltr     %r5,%r5
        STCC    3
        llilh   %r6,0x8000              # 0x80000000
        lpr     %r6,%r6                 # overflow, cc 3, result max negative
        STCC    4
        lcr     %r7,%r6
        STCC    5
        lghi    %r8,-9
        lpgr    %r8,%r8
        lngr    %r9,%r8
        STCC    6
        lcgr    %r11,%r9
        lpgfr   %r12,%r6                # of 0x80000000 as 32-bit: 2^31 positive
        STCC    7
        lcgfr   %r1,%r1
        llihh   %r0,0x8000
        lcgr    %r0,%r0
        STCC    8
        stmg    %r0,%r12,RES+0x10
        EXIT
