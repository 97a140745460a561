# X'288' init (PR/SM form) for 14 s, under the 15 s minimum: specification exception.
        .include "common.s"
        lghi    %r3,14
        diag    %r2,%r4,0x288
        RECORD
        EXIT
