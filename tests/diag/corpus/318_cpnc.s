# DIAGNOSE X'318': the guest tells the hypervisor its control-program name code (CPNC, byte 0:
# 4 for Linux) and version code; the CC is set to 1 first: it stays, and so does Rx.
        .include "common.s"
        iilf    %r5,0x10000000
        spm     %r5
        llihf   %r2,0x04000000
        oilf    %r2,0x00060a00
        diag    %r2,%r0,0x318
        RECORD
        EXIT
