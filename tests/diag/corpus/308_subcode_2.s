# X'308' subcode 2 (release HSA): zsie keeps no dump area: specification exception.
        .include "common.s"
        lghi    %r4,2
        diag    %r2,%r4,0x308
        RECORD
        EXIT
