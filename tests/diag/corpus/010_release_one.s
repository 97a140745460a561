# DIAGNOSE X'010' releasing one page (0x5000): it reads as zeros afterwards, its neighbour
# keeps its contents; CC unchanged.
        .include "common.s"
        lghi    %r1,0x5000              # pages 0x5000-0x7FFF: X'EE' at the start and the end of each
        lghi    %r6,3
1:      mvi     0(%r1),0xee
        mvc     1(255,%r1),0(%r1)
        mvc     0xf00(256,%r1),0(%r1)
        aghi    %r1,0x1000
        brct    %r6,1b
        iilf    %r7,0x10000000          # SPM: CC 1, so a DIAGNOSE that sets CC 0 shows
        spm     %r7
        lghi    %r2,0x5000
        lghi    %r3,0x5000
        diag    %r2,%r3,0x10
        RECORD
        lghi    %r9,RES
        mvc     0xa0(16,%r9),0(%r2)
        mvc     0xb0(16,%r9),0xff0(%r2)
        lay     %r6,0x1000(%r2)
        mvc     0xc0(16,%r9),0(%r6)
        EXIT
