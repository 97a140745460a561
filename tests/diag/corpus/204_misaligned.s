# DIAGNOSE X'204' subcode 4 with a buffer not on a page boundary: specification exception.
        .include "common.s"
        lghi    %r2,0x4008
        lghi    %r4,4
        lghi    %r5,1
        diag    %r2,%r4,0x204
        RECORD
        EXIT
