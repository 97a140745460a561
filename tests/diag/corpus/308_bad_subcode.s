# DIAGNOSE X'308' with subcode 99: specification exception.
        .include "common.s"
        lghi    %r2,0x4000
        lghi    %r4,99
        diag    %r2,%r4,0x308
        RECORD
        EXIT
