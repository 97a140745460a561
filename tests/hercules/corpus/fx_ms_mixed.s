# MSFI/MSGFI/MSGFR/MSY/MLR high/low words, and the 32-bit ops keeping the high word.
        .include "common.s"
        lghi    %r1,-1
        iilf    %r1,3
        msfi    %r1,-7
        lghi    %r2,-1
        msgfi   %r2,1000
        lghi    %r3,5
        lhi     %r4,-2
        msgfr   %r3,%r4
        lhi     %r5,11
        msy     %r5,val
        stmg    %r1,%r5,RES
        EXIT
        .align  8
val:    .long   0xfffffff0
