# X'288' init with an odd Ry: Ry and Ry+1 are a pair: specification exception.
        .include "common.s"
        lghi    %r3,15
        diag    %r2,%r5,0x288
        RECORD
        EXIT
