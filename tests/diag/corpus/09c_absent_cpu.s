# DIAGNOSE X'09C' naming a CPU address that does not exist (5): a yield hint, it continues.
        .include "common.s"
        lghi    %r2,5
        diag    %r2,%r0,0x9c
        RECORD
        EXIT
