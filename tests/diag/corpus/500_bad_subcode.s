# DIAGNOSE X'500' with subcode 99: specification exception.
        .include "common.s"
        lghi    %r1,99
        diag    %r2,%r4,0x500
        RECORD
        EXIT
