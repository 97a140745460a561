# DIAGNOSE X'00C' with the area not on a doubleword boundary: specification exception.
        .include "common.s"
        lghi    %r2,0x4002
        diag    %r2,%r0,0xc
        RECORD
        EXIT
