# DIAGNOSE X'09C' (directed yield to CPU 0, this one): continues; registers and CC unchanged.
        .include "common.s"
        iilf    %r5,0x20000000
        spm     %r5
        lghi    %r2,0
        lghi    %r3,0x77
        diag    %r2,%r3,0x9c
        RECORD
        EXIT
