# DIAGNOSE X'000' with the area at the last 16 bytes of the 16 MiB storage and Ry = 40: the
# store would leave storage, an addressing exception.
        .include "common.s"
        llilf   %r2,0xfffff0
        lghi    %r3,40
        diag    %r2,%r3,0x0
        RECORD
        EXIT
