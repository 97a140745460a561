# X'288' init in the PR/SM form (length 0) with action code 1 (only 0, restart, exists):
# specification exception.
        .include "common.s"
        lghi    %r3,15
        lghi    %r4,1
        diag    %r2,%r4,0x288
        RECORD
        EXIT
