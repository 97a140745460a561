# X'308' subcode 7: not served: specification exception.
        .include "common.s"
        lghi    %r4,7
        diag    %r2,%r4,0x308
        RECORD
        EXIT
