# DIAGNOSE X'2FC' with the parameter list beyond the end of storage: addressing exception.
        .include "common.s"
        llilf   %r2,0x1000000
        diag    %r2,%r4,0x2fc
        RECORD
        EXIT
