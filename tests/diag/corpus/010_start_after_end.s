# DIAGNOSE X'010' with the first page after the last: specification exception.
        .include "common.s"
        lghi    %r2,0x7000
        lghi    %r3,0x5000
        diag    %r2,%r3,0x10
        RECORD
        EXIT
