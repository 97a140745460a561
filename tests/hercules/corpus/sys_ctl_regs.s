# LCTLG/STCTG/LCTL/STCTL round trips on CR8-CR12 (no effect while these features are idle).
        .include "common.s"
        larl    %r10,v
        stctg   %c8,%c12,0(%r13)        # reset values
        lctlg   %c8,%c8,0(%r10)
        lctl    %c9,%c9,8(%r10)
        stctg   %c8,%c9,0x28(%r13)
        stctl   %c8,%c9,0x38(%r13)
        lctlg   %c8,%c9,0x48(%r13)      # zeros back
        stctg   %c8,%c9,0x40(%r13)
        EXIT
        .align  8
v:      .quad   0x000000000000ffff
        .long   0x00000000
        .align  8
        .fill   16,1,0
