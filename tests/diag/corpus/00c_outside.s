# DIAGNOSE X'00C' with the 32-byte area running off the end of the 16 MiB storage.
        .include "common.s"
        llilf   %r2,0xfffff0
        diag    %r2,%r0,0xc
        RECORD
        EXIT
