# DIAGNOSE X'09C' (directed yield): the virtual CPU yields in favour of the CPU whose address
# is in Rx and continues after the DIAGNOSE; no register, storage or condition code changes.
# The CC is set to 1 first (SPM) so that a DIAGNOSE that set CC 0 would be seen.
        .include "common.s"
        iilf    %r5,0x10000000          # SPM: CC 1 (bits 34-35), program mask 0
        spm     %r5
        lghi    %r2,1                   # CPU address 1 (none in a one-CPU configuration)
        lghi    %r3,0x5678
        diag    %r2,%r3,0x9c
        RECORD
        EXIT
