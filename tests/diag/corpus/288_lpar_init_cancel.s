# X'288' init in the PR/SM form (action 0 restart, 30 s) after setting CC 3, then cancel.
        .include "common.s"
        lghi    %r3,30
        iilf    %r5,0x30000000
        spm     %r5
        lghi    %r5,0
        diag    %r2,%r4,0x288
        ipm     %r9
        lghi    %r2,2
        diag    %r2,%r4,0x288
        RECORD
        EXIT
