# RISBG/RISBGN-like selection: insert ranges with and without zeroing, wrap-around ranges, cc.
        .include "common.s"
        lg      %r1,val
        lghi    %r2,-1
        risbg   %r2,%r1,40,55,8         # insert bits, keep the rest
        STCC    0
        lghi    %r3,-1
        risbg   %r3,%r1,40,128+55,8     # zero the rest
        STCC    1
        lghi    %r4,0
        risbg   %r4,%r1,60,128+3,0      # wrap-around range 60..3
        STCC    2
        risbg   %r5,%r1,0,128+0,0       # single sign bit
        STCC    3
        risbg   %r6,%r1,48,128+63,48    # take the top 16 bits down
        STCC    4
        lghi    %r7,0
        risbg   %r7,%r7,0,128+63,0      # zero result: cc 0
        STCC    5
        stmg    %r1,%r7,RES+8
        EXIT
        .align  8
val:    .quad   0x8899aabbccddeeff
