# DIAGNOSE X'224' with the buffer not on a page boundary.
        .include "common.s"
        lghi    %r3,0x5800
        diag    %r2,%r3,0x224
        RECORD
        EXIT
