# DIAGNOSE X'00C' with the area beyond the end of storage: addressing exception.
        .include "common.s"
        llilf   %r2,0x1000000
        diag    %r2,%r0,0xc
        RECORD
        EXIT
