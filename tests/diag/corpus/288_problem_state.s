# X'288' in the problem state: privileged-operation exception.
        .include "common.s"
        lghi    %r3,15
        PROBLEM
        diag    %r2,%r4,0x288
        RECORD
        EXIT
