# RNSBG/ROSBG/RXSBG with and without the test-only bit; cc from the selected bits.
        .include "common.s"
        lg      %r1,val
        lghi    %r2,-1
        rnsbg   %r2,%r1,0,31,32
        STCC    0
        lghi    %r3,0
        rosbg   %r3,%r1,16,47,0
        STCC    1
        lg      %r4,val2
        rxsbg   %r4,%r1,8,63,4
        STCC    2
        lg      %r5,val2
        rxsbg   %r5,%r1,128+0,63,0      # test only: r5 unchanged
        STCC    3
        lghi    %r6,0
        rnsbg   %r6,%r1,128+0,63,0      # and with zero: cc 0
        STCC    4
        stmg    %r1,%r6,RES+8
        EXIT
        .align  8
val:    .quad   0x0123456789abcdef
val2:   .quad   0xffff0000ffff0000
