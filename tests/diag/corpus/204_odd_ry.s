# DIAGNOSE X'204' with an odd Ry: Ry and Ry+1 are an even-odd pair.
        .include "common.s"
        lghi    %r2,0x5000
        lghi    %r5,4
        diag    %r2,%r5,0x204
        RECORD
        EXIT
