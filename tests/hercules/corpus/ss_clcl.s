# CLCL: unequal lengths with padding, first difference address, cc.
        .include "common.s"
        larl    %r2,a
        lghi    %r3,6
        larl    %r4,b
        llilf   %r5,0x40000008          # pad 0x40 (blank), length 8
        clcl    %r2,%r4
        STCC    0
        stmg    %r2,%r5,0x10(%r13)
        larl    %r6,a
        lghi    %r7,6
        larl    %r8,a
        llilf   %r9,0x41000007
        clcl    %r6,%r8                 # a + 'A' pad vs a[0..6]
        STCC    1
        stmg    %r6,%r9,0x30(%r13)
        EXIT
a:      .ascii  "ABCDEF"
b:      .ascii  "ABCDEF  "
