# X'308' subcode 6 before any subcode 5: nothing stored, rc X'0102' in Rx+1.
        .include "common.s"
        lghi    %r2,0x4000
        lghi    %r3,-1
        lghi    %r4,6
        diag    %r2,%r4,0x308
        RECORD
        lghi    %r1,RES_DATA
        mvc     0(16,%r1),0(%r2)
        EXIT
