# BCT/BCTR/BCTG/BCTGR/BRCT/BRCTG/BXH/BXLE/BXHG/BXLEG/BRXH/BRXLE: counted loops.
        .include "common.s"
        lghi    %r1,0
        lghi    %r2,10
1:      aghi    %r1,1
        brct    %r2,1b
        lghi    %r3,5
        larl    %r4,2f
2:      aghi    %r1,100
        bctr    %r3,%r4
        lghi    %r5,3
        larl    %r6,3f
3:      aghi    %r1,1000
        bctgr   %r5,%r6
        llihf   %r7,1                   # 2^32: brctg counts 64-bit
        iilf    %r7,2
4:      aghi    %r1,10000
        brctg   %r7,5f
        j       6f
5:      llihf   %r7,0
        iilf    %r7,1
        j       4b
6:      lghi    %r8,0                   # bxle: index 0, increment 3, limit 20
        lghi    %r10,3
        lghi    %r11,20
        lghi    %r9,0
7:      aghi    %r9,1
        brxle   %r8,%r10,7b
        lghi    %r2,100                 # bxh counting down: index 100, increment -7, compare 50
        lghi    %r4,-7
        lghi    %r5,50
        lghi    %r3,0
8:      aghi    %r3,1
        brxh    %r2,%r4,8b
        lghi    %r6,0
        lghi    %r10,8
        lghi    %r11,64
        lghi    %r12,0
9:      aghi    %r12,1
        brxlg   %r6,%r10,9b
        stmg    %r1,%r12,RES
        lghi    %r2,-5
        lghi    %r4,1
        lghi    %r5,-1
        larl    %r7,10f
10:     bxhg    %r2,%r4,0(%r7)          # loops until -5+n > -1
        stg     %r2,0x70(%r13)
        EXIT
