# DIAGNOSE X'258' with the parameter block not on a doubleword boundary.
        .include "common.s"
        lghi    %r2,0x4004
        diag    %r2,%r3,0x258
        RECORD
        EXIT
