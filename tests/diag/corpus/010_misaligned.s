# DIAGNOSE X'010' with the first address not on a page boundary: specification exception,
# nothing released.
        .include "common.s"
        lghi    %r1,0x5000              # pages 0x5000-0x7FFF: X'EE' at the start and the end of each
        lghi    %r6,3
1:      mvi     0(%r1),0xee
        mvc     1(255,%r1),0(%r1)
        mvc     0xf00(256,%r1),0(%r1)
        aghi    %r1,0x1000
        brct    %r6,1b
        lghi    %r2,0x5008
        lghi    %r3,0x6000
        diag    %r2,%r3,0x10
        RECORD
        lghi    %r9,RES
        lghi    %r6,0x5000
        mvc     0xa0(8,%r9),0(%r6)
        EXIT
