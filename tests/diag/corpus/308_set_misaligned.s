# DIAGNOSE X'308' subcode 5 (set IPL parameters) with the block not on a page boundary:
# specification exception.
        .include "common.s"
        lghi    %r2,0x4008
        lghi    %r4,5
        diag    %r2,%r4,0x308
        RECORD
        EXIT
