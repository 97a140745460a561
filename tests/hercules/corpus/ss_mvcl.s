# MVCL: copy with padding, destructive overlap (cc 3, nothing moved), register updates.
        .include "common.s"
        lay     %r2,0x10(%r13)
        lghi    %r3,40
        larl    %r4,src
        llilf   %r5,0xee000010          # pad 0xEE, length 16
        mvcl    %r2,%r4
        STCC    0
        stmg    %r2,%r5,0x40(%r13)
        lay     %r6,0x38(%r13)
        lghi    %r7,8
        lay     %r8,0x34(%r13)           # source overlaps destination from the left
        lghi    %r9,8
        mvcl    %r6,%r8
        STCC    1
        stmg    %r6,%r9,0x60(%r13)
        EXIT
src:    .ascii  "source-bytes-16!"
