# X'288' init with an odd Rx: Rx and Rx+1 are a pair: specification exception.
        .include "common.s"
        lghi    %r4,15
        diag    %r3,%r6,0x288
        RECORD
        EXIT
