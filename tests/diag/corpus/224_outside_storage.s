# DIAGNOSE X'224' with the buffer beyond the end of storage: addressing exception.
        .include "common.s"
        lghi    %r2,0
        llilf   %r3,0x1000000
        diag    %r2,%r3,0x224
        RECORD
        EXIT
