# F7 (issue 10): SAC to the secondary-space mode in the problem state with DAT
# on and the secondary-space control (CR0 bit 37) zero; then in the supervisor state.  The
# handler logs each interruption; the result area shows which ones trapped.
        .include "common.s"
        .include "dat.inc"
        DAT_TABLES
        lctlg   %c7,%c7,cr7v                # secondary ASCE = primary tables
        larl    %r9,pp
        lpswe   0(%r9)                  # problem state, DAT on, 64-bit, continue at 1f
1:      ONPGM   2f
        sac     0x100                   # secondary-space mode
        mviy    RES+0x40,1              # reached without an interruption
2:      ONPGM   3f
        sac     0x000                   # back to primary (allowed in any case)
3:      ONPGM   4f
        sac     0x300                   # home: privileged in the problem state
4:      ONPGM   5f
        svc     1                       # back to supervisor (handler logs; continue)
5:      EXIT
        .align  8
pp:     .quad   0x0401000180000000, 1b
cr7v:   .quad   0x10000
