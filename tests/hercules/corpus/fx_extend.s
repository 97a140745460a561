# LBR/LGBR/LHR/LGHR/LLCR/LLGCR/LLHR/LLGHR: register sign/zero extensions (extended immediate).
        .include "common.s"
        lg      %r0,val
        lbr     %r1,%r0
        lgbr    %r2,%r0
        lhr     %r3,%r0
        lghr    %r4,%r0
        llcr    %r5,%r0
        llgcr   %r6,%r0
        llhr    %r7,%r0
        llghr   %r8,%r0
        stmg    %r0,%r8,RES
        EXIT
        .align  8
val:    .quad   0x123456789abcdef0
