# DIAGNOSE X'224' with a buffer not on a page boundary: specification exception.
        .include "common.s"
        lghi    %r2,0
        lghi    %r3,0x4800
        diag    %r2,%r3,0x224
        RECORD
        EXIT
