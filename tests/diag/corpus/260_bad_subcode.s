# DIAGNOSE X'260' with subcode X'7C', undefined: specification exception.
        .include "common.s"
        lghi    %r3,0x7c
        diag    %r2,%r3,0x260
        RECORD
        EXIT
