# X'288' init (z/VM form) with the command at 16 MiB, outside storage: addressing exception.
        .include "common.s"
        lghi    %r3,15
        llilh   %r4,0x100
        lghi    %r5,3
        diag    %r2,%r4,0x288
        RECORD
        EXIT
