# DIAGNOSE X'000' with Ry = 0: no length, a specification exception.
        .include "common.s"
        lghi    %r2,0x4000
        lghi    %r3,0
        diag    %r2,%r3,0x0
        RECORD
        EXIT
