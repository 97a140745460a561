# DIAGNOSE X'288' in the problem state: DIAGNOSE is privileged, so the privileged-operation
# exception comes before any check of the code or its operands.
        .include "common.s"
        PROBLEM
        diag    %r2,%r4,0x288
        RECORD
        EXIT
