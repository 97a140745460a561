# DIAGNOSE X'00C' with the area at X'FFFFFFFFFFFFFFF8' (it wraps): addressing exception.
        .include "common.s"
        lghi    %r2,-8
        diag    %r2,%r0,0xc
        RECORD
        EXIT
