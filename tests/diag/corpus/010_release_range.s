# DIAGNOSE X'010' releasing pages 0x5000-0x7000: all three read as zeros.
        .include "common.s"
        lghi    %r1,0x5000              # pages 0x5000-0x7FFF: X'EE' at the start and the end of each
        lghi    %r6,3
1:      mvi     0(%r1),0xee
        mvc     1(255,%r1),0(%r1)
        mvc     0xf00(256,%r1),0(%r1)
        aghi    %r1,0x1000
        brct    %r6,1b
        lghi    %r2,0x5000
        lghi    %r3,0x7000
        diag    %r2,%r3,0x10
        RECORD
        lghi    %r9,RES
        mvc     0xa0(16,%r9),0(%r2)
        lay     %r6,0x1ff0(%r2)
        mvc     0xb0(16,%r9),0(%r6)
        lay     %r6,0x2ff0(%r2)
        mvc     0xc0(16,%r9),0(%r6)
        EXIT
