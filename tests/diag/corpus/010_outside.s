# DIAGNOSE X'010' with Ry beyond the 16 MiB storage: an addressing exception; nothing is released.
        .include "common.s"
        mviy    0x5000,0xaa
        llilf   %r2,0x5000
        llilf   %r3,0x1000000
        diag    %r2,%r3,0x10
        RECORD
        EXIT
