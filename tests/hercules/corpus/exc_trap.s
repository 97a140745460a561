# TRAP2 without the trap facility enabled (no DUCT trap control): special-operation exception.
        .include "common.s"
        lghi    %r1,1
        .short  0x01ff
        EXIT
