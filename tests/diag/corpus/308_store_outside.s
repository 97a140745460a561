# DIAGNOSE X'308' subcode 6 (store IPL parameters) with the block beyond the end of storage:
# addressing exception.
        .include "common.s"
        llilf   %r2,0x1000000
        lghi    %r4,6
        diag    %r2,%r4,0x308
        RECORD
        EXIT
