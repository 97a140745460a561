# DIAGNOSE X'288' init with the command beyond the end of storage: addressing exception.
        .include "common.s"
        lghi    %r2,0
        lghi    %r3,60
        llilf   %r4,0x1000000
        lghi    %r5,14
        diag    %r2,%r4,0x288
        RECORD
        EXIT
