# DIAGNOSE X'260' subcode 0 in the 64-bit addressing mode: specification exception.
        .include "common.s"
        lghi %r3,0
        diag %r2,%r3,0x260
        RECORD
        EXIT
