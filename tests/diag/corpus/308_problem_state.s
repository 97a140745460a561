# X'308' in the problem state: privileged-operation exception.
        .include "common.s"
        lghi    %r4,6
        PROBLEM
        diag    %r2,%r4,0x308
        RECORD
        EXIT
