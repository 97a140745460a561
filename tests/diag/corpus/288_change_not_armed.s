# X'288' change with no watchdog armed: specification exception.
        .include "common.s"
        lghi    %r2,1
        lghi    %r3,30
        diag    %r2,%r4,0x288
        RECORD
        EXIT
