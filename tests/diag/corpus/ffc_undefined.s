# DIAGNOSE X'FFC', a code above every defined one: specification exception.
        .include "common.s"
        diag    %r0,%r0,0xffc
        RECORD
        EXIT
