# X'308' subcode 5 with a block not on a 4 KiB boundary: specification exception.
        .include "common.s"
        lghi    %r2,0x4008
        lghi    %r4,5
        diag    %r2,%r4,0x308
        RECORD
        EXIT
