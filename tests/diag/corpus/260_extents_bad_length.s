# DIAGNOSE X'260' subcode X'10' with a length of 8, not a multiple of 16: specification
# exception.
        .include "common.s"
        lghi    %r2,0x4000
        lghi    %r3,8
        lghi    %r4,0x10
        diag    %r2,%r4,0x260
        RECORD
        EXIT
