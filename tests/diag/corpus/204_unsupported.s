# DIAGNOSE X'204' subcode 1, which is not served: return code 4 in Ry.
        .include "common.s"
        lghi    %r2,0x5000
        lghi    %r4,1
        diag    %r2,%r4,0x204
        RECORD
        EXIT
