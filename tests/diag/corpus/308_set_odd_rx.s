# X'308' subcode 5 with an odd Rx (Rx+1 takes the return code): specification exception.
        .include "common.s"
        lghi    %r3,0x4000
        lghi    %r4,5
        diag    %r3,%r4,0x308
        RECORD
        EXIT
