# DIAGNOSE X'258' with the parameter list beyond the end of storage: addressing exception.
        .include "common.s"
        llilf   %r2,0x1000000
        diag    %r2,%r3,0x258
        RECORD
        EXIT
