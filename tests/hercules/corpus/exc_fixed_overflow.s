# Fixed-point overflow with the program mask bit: AR, AGHI, LCGR, SLA; the result is stored
# (completed), then interruption 8.
        .include "common.s"
        llilh   %r1,0x0800
        spm     %r1
        llilf   %r2,0x7fffffff
        ONPGM   1f
        ar      %r2,%r2
1:      llihh   %r3,0x7fff
        ONPGM   2f
        agr     %r3,%r3
2:      llihh   %r4,0x8000
        lcgr    %r4,%r4                 # ends the run
        EXIT
