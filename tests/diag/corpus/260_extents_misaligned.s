# DIAGNOSE X'260' subcode X'10' with the area not on a quadword boundary: specification
# exception.
        .include "common.s"
        lghi    %r2,0x4008
        lghi    %r3,16
        lghi    %r4,0x10
        diag    %r2,%r4,0x260
        RECORD
        EXIT
