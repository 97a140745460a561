# DIAGNOSE X'204' subcode 4 (simple format) into the page at X'5000' (Rx), Ry = R4 the
# subcode, Ry+1 = R5 the pages: one partition with one CPU.
        .include "common.s"
        lghi    %r2,0x5000
        lghi    %r4,4
        lghi    %r5,1
        diag    %r2,%r4,0x204
        RECORD
        lghi    %r11,RES
        lgfi    %r12,0x5000
        mvc     0xa0(72,%r11),0(%r12)
        EXIT
