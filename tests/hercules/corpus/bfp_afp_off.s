# With CR0 AFP off, an FP instruction naming FPR 1 gets a data exception with DXC 1; FPR 0/2/4/6
# work.  AFP is switched back on before the end so all 16 FPRs are visible again.
        .include "common.s"
        stctg   %c0,%c0,0x40(%r13)
        ni      0x45(%r13),0xfb         # AFP off
        lctlg   %c0,%c0,0x40(%r13)
        lzdr    %f2
        ONPGM   1f
        lzdr    %f1                     # data exception DXC 1
1:      ONPGM   2f
        ldgr    %f3,%r13                # also AFP register: DXC 1
2:      oi      0x45(%r13),0x04
        lctlg   %c0,%c0,0x40(%r13)
        EXIT
