# DIAGNOSE X'000' with a 40-byte area at X'FFFFFFFFFFFFFFF8', which wraps past the top of the
# 64-bit address space: addressing exception.
        .include "common.s"
        lghi    %r2,-8
        lghi    %r3,40
        diag    %r2,%r3,0x0
        RECORD
        EXIT
