# DIAGNOSE X'010' with the last page beyond the end of storage: addressing exception.
        .include "common.s"
        lghi    %r2,0x5000
        llilf   %r3,0x1000000
        diag    %r2,%r3,0x10
        RECORD
        EXIT
