# MVCL of 40 KiB across many pages with padding, then CLCL of the copy (cc 0) and after one
# changed byte (cc 1, registers at the difference).
        .include "common.s"
        llilf   %r2,0x20000
        llilf   %r3,0xa000
        llilf   %r4,0x2000              # source: the code pages and beyond
        llilf   %r5,0x5a005000          # 20 KiB then pad 0x5A
        mvcl    %r2,%r4
        STCC    0
        stmg    %r2,%r5,0x08(%r13)
        llilf   %r2,0x20000
        llilf   %r3,0xa000
        llilf   %r4,0x2000
        llilf   %r5,0x5a005000
        clcl    %r2,%r4
        STCC    1
        llilf   %r9,0x28000
        mvi     0x123(%r9),0x11
        llilf   %r2,0x20000
        llilf   %r3,0xa000
        llilf   %r4,0x2000
        llilf   %r5,0x5a005000
        clcl    %r2,%r4
        STCC    2
        stmg    %r2,%r5,0x28(%r13)
        EXIT
