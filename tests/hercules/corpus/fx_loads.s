# L/LH/LB/LGB/LLGC/LLGH/LLGF/LGF/LGH/LY/LHY/LGFR/LLGFR/LLGTR/LT/LTG: extensions and cc.
        .include "common.s"
        larl    %r10,data
        lg      %r1,0(%r10)
        l       %r1,8(%r10)             # high half unchanged
        lh      %r2,12(%r10)
        lb      %r3,12(%r10)
        lgb     %r4,12(%r10)
        llgc    %r5,12(%r10)
        llgh    %r6,12(%r10)
        llgf    %r7,8(%r10)
        lgf     %r8,8(%r10)
        lgh     %r9,12(%r10)
        ly      %r11,8(%r10)
        stmg    %r1,%r11,RES
        lgfr    %r1,%r8
        llgfr   %r2,%r8
        llgtr   %r3,%r8
        lt      %r4,8(%r10)
        STCC    0x70
        ltg     %r5,16(%r10)
        STCC    0x71
        ltgr    %r6,%r8
        STCC    0x72
        stmg    %r1,%r6,RES+0x40
        EXIT
        .align  8
data:   .quad   0x1111111122222222
        .long   0x80f0f0f1
        .short  0xfedc, 0
        .quad   0
