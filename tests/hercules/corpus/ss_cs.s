# CS/CSG/CDS/CDSG/CSY: equal (swap, cc 0) and unequal (load, cc 1) cases.
        .include "common.s"
        larl    %r10,d
        mvc     0(48,%r13),0(%r10)
        lghi    %r2,1
        lghi    %r3,9
        cs      %r2,%r3,0(%r13)         # equal: stored
        STCC    0x40
        lghi    %r4,5
        csy     %r4,%r3,4(%r13)         # unequal: r4 loaded
        STCC    0x41
        lg      %r5,8(%r13)
        lghi    %r6,-1
        csg     %r5,%r6,8(%r13)
        STCC    0x42
        lm      %r6,%r7,16(%r13)
        lhi     %r8,0x11
        lhi     %r9,0x22
        cds     %r6,%r8,16(%r13)
        STCC    0x43
        lghi    %r10,0
        lghi    %r11,0
        cdsg    %r10,%r8,32(%r13)       # unequal: pair loaded
        STCC    0x44
        stmg    %r2,%r11,0x48(%r13)
        EXIT
        .align  8
d:      .long   1, 2
        .quad   0x123456789
        .long   0xaaaa, 0xbbbb
        .quad   0
        .quad   7, 8
