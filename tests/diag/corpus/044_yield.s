# DIAGNOSE X'044' (time-slice end): the virtual CPU gives up the rest of its time slice and
# continues after the DIAGNOSE; no register, storage or condition code changes.  The CC is set
# to 2 first (SPM) so that a DIAGNOSE that set CC 0 would be seen.
        .include "common.s"
        iilf    %r5,0x20000000          # SPM: CC 2 (bits 34-35), program mask 0
        spm     %r5
        lghi    %r2,0x1234
        lghi    %r3,0x5678
        diag    %r2,%r3,0x44
        RECORD
        EXIT
