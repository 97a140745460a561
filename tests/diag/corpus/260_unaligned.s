# DIAGNOSE X'260' subcode X'10' with the area not on a quadword: specification exception.
        .include "common.s"
        lghi %r4,0x4008
        lghi %r5,16
        lghi %r3,0x10
        diag %r4,%r3,0x260
        RECORD
        EXIT
