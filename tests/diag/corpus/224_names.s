# DIAGNOSE X'224': the CPU-type name table; name 0 (after the 16-byte header) is 'CP'.
        .include "common.s"
        lghi    %r2,0
        lghi    %r3,0x4000
        diag    %r2,%r3,0x224
        RECORD
        lghi    %r9,RES
        mvc     0xa0(16,%r9),16(%r3)
        EXIT
