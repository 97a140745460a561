# DIAGNOSE X'318' with CPNC 4 (Linux) and version 1: completes, registers unchanged.
        .include "common.s"
        llihf   %r2,0x04000000
        oilf    %r2,1
        diag    %r2,%r0,0x318
        RECORD
        EXIT
