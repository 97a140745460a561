# LOCR/LOCGR/LOC/LOCG/STOC/STOCG: load/store on condition (z196).
        .include "common.s"
        larl    %r10,data
        lghi    %r1,1
        lghi    %r2,2
        cgr     %r1,%r2                 # cc 1 (low)
        locgr   %r3,%r2,4               # mask 4 = cc1: taken
        locgr   %r4,%r2,8               # cc0: not taken
        locr    %r5,%r2,4
        loc     %r6,0(%r10),4
        locg    %r7,8(%r10),2
        stoc    %r1,0(%r13),4
        stocg   %r2,8(%r13),8           # not stored
        stocg   %r2,16(%r13),7
        stmg    %r3,%r7,RES+0x20
        EXIT
        .align  8
data:   .long   0x55555555, 0
        .quad   0x6666666666666666
