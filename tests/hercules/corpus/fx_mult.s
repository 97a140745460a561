# MR/M/MH/MHI/MSR/MS/MSG/MSGR/MSGF/MSGFI/MLR/MLGR/MGHI: products and high halves.
        .include "common.s"
        larl    %r10,data
        lhi     %r3,-3
        lhi     %r5,0x7fff
        sll     %r5,16
        mr      %r2,%r5                 # even-odd pair 2/3
        lhi     %r5,1000
        m       %r4,0(%r10)             # pair 4/5: 1000 * 0x12345678
        lhi     %r6,-2
        mh      %r6,4(%r10)
        lhi     %r7,12
        mhi     %r7,-12
        iilf    %r8,0x10000
        msr     %r8,%r8                 # low 32 bits of 2^32 = 0
        lhi     %r9,-5
        ms      %r9,0(%r10)
        stmg    %r2,%r9,RES
        lg      %r1,8(%r10)
        msgr    %r1,%r1
        lg      %r2,8(%r10)
        msg     %r2,16(%r10)
        lghi    %r3,9
        msgf    %r3,0(%r10)
        lghi    %r4,-9
        msgfi   %r4,-100000
        lghi    %r7,-1
        lghi    %r6,0
        mlr     %r6,%r7                 # 0xffffffff^2 unsigned in pair 6/7
        lghi    %r9,-1
        mlgr    %r8,%r9                 # 64x64 unsigned: pair 8/9
        lghi    %r11,7
        mghi    %r11,-3
        stmg    %r1,%r11,RES+0x40
        EXIT
        .align  8
data:   .long   0x12345678
        .short  0x4321, 0
        .quad   0x0000000123456789
        .quad   0x100000001
