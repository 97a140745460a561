# DIAGNOSE X'204' subcode 4 with the buffer not on a page boundary.
        .include "common.s"
        lghi    %r2,0x5008
        lghi    %r4,4
        diag    %r2,%r4,0x204
        RECORD
        EXIT
