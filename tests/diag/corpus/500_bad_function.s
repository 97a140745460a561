# DIAGNOSE X'500' function 9, which nobody serves: specification exception.
        .include "common.s"
        lghi    %r1,9
        diag    %r2,%r4,0x500
        RECORD
        EXIT
