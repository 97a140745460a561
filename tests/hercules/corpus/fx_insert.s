# IC/ICY/ICM/ICMH/ICMY/IIHF/IILF/IIHH/IILL/LLIHF/LLILF/LLILL/LLILH: inserts and ICM cc.
        .include "common.s"
        larl    %r10,data
        lghi    %r1,-1
        ic      %r1,0(%r10)
        icy     %r1,3(%r10)
        lghi    %r2,0
        icm     %r2,0b1010,0(%r10)
        STCC    0x70
        lghi    %r3,-1
        icm     %r3,0b0000,0(%r10)
        STCC    0x71
        icm     %r3,0b0001,4(%r10)      # zero byte: cc 0
        STCC    0x72
        icmh    %r3,0b1100,0(%r10)      # leftmost bit 1: cc 1
        STCC    0x73
        icmy    %r3,0b0011,2(%r10)
        STCC    0x74
        lghi    %r4,0
        iihf    %r4,0xdeadbeef
        iilf    %r4,0x01020304
        lghi    %r5,0
        iihh    %r5,0xabcd
        iill    %r5,0x1234
        iilh    %r5,0x5678
        llihf   %r6,0x11223344
        llilf   %r7,0x99887766
        llill   %r8,0xffff
        llilh   %r9,0xffff
        stmg    %r1,%r9,RES
        EXIT
        .align  8
data:   .byte   0x81, 0x42, 0x7f, 0x11, 0x00, 0, 0, 0
