# DIAGNOSE X'09C' in the problem state: DIAGNOSE is privileged: privileged-operation exception.
        .include "common.s"
        lghi    %r2,0
        PROBLEM
        diag    %r2,%r0,0x9c
        RECORD
        EXIT
