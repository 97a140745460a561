# DIAGNOSE X'260' subcode X'10' with a length not a multiple of 16: specification exception.
        .include "common.s"
        lghi %r4,0x4000
        lghi %r5,24
        lghi %r3,0x10
        diag %r4,%r3,0x260
        RECORD
        EXIT
