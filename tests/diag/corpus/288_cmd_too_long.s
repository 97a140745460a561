# X'288' init (z/VM form) with a 241-byte command (at most 240): specification exception.
        .include "common.s"
        lghi    %r3,15
        lghi    %r4,0x4000
        lghi    %r5,241
        diag    %r2,%r4,0x288
        RECORD
        EXIT
