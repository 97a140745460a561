# DIAGNOSE X'010' with Rx after Ry: a specification exception; nothing is released.
        .include "common.s"
        mviy    0x5000,0xaa
        llilf   %r2,0x6000
        llilf   %r3,0x5000
        diag    %r2,%r3,0x10
        RECORD
        EXIT
