# X'308' subcode 6 with the block at 16 MiB, outside storage: addressing exception.
        .include "common.s"
        llilh   %r2,0x100
        lghi    %r4,6
        diag    %r2,%r4,0x308
        RECORD
        EXIT
