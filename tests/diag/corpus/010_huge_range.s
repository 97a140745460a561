# DIAGNOSE X'010' releasing X'2000' to X'FFFFFFFFFFFFF000', far beyond the end of storage:
# addressing exception, nothing released.
        .include "common.s"
        lghi    %r2,0x2000
        lghi    %r3,-4096
        diag    %r2,%r3,0x10
        RECORD
        EXIT
