# DIAGNOSE X'260' subcode X'0C': the highest addressable byte in Rx and Ry.
        .include "common.s"
        lghi    %r3,0xc
        diag    %r2,%r3,0x260
        RECORD
        EXIT
