# DIAGNOSE X'000' with Rx not on a doubleword boundary: specification exception.
        .include "common.s"
        lghi    %r2,0x4004
        lghi    %r3,40
        diag    %r2,%r3,0x0
        RECORD
        EXIT
