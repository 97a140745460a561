# DIAGNOSE X'010' with the first address not on a page boundary: specification exception,
# nothing released.
        .include "common.s"
        lghi    %r2,0x5008
        lghi    %r3,0x6000
        diag    %r2,%r3,0x10
        RECORD
        EXIT
