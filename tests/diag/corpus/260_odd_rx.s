# DIAGNOSE X'260' subcode X'10' with an odd Rx: specification exception.
        .include "common.s"
        lghi %r5,0x4000
        lghi %r6,16
        lghi %r3,0x10
        diag %r5,%r3,0x260
        RECORD
        EXIT
