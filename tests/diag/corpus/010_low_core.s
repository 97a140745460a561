# DIAGNOSE X'010' releasing page 0 (the prefix area, the first 8 KiB): specification exception.
        .include "common.s"
        lghi    %r2,0
        lghi    %r3,0x1000
        diag    %r2,%r3,0x10
        RECORD
        EXIT
