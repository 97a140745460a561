# X'288' function code 3: specification exception.
        .include "common.s"
        lghi    %r2,3
        lghi    %r3,15
        diag    %r2,%r4,0x288
        RECORD
        EXIT
