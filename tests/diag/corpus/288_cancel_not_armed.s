# X'288' cancel with no watchdog armed: specification exception (QEMU; Linux ignores it).
        .include "common.s"
        lghi    %r2,2
        diag    %r2,%r4,0x288
        RECORD
        EXIT
