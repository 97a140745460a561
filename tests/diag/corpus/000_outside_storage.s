# DIAGNOSE X'000' with the area beyond the end of storage (16 MiB): addressing exception.
        .include "common.s"
        llilf   %r2,0x1000000
        lghi    %r3,40
        diag    %r2,%r3,0x0
        RECORD
        EXIT
