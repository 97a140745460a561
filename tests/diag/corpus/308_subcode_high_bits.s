# X'308' with a bit above the subcode and Linux's EI flag: specification exception.
        .include "common.s"
        llilh   %r4,2
        oill    %r4,6
        diag    %r2,%r4,0x308
        RECORD
        EXIT
