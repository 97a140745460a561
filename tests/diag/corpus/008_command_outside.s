# DIAGNOSE X'008' with the command beyond the end of storage: addressing exception.
        .include "common.s"
        llilf   %r2,0x1000000
        lghi    %r3,0x5000
        iilf    %r4,0x4000000c
        lghi    %r5,256
        diag    %r2,%r4,0x8
        RECORD
        EXIT
