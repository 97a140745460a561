# ZAP/CP/TP: zero-and-add with overflow of a short field (cc 3, mask off), compares, test packed.
        .include "common.s"
        larl    %r10,p
        zap     0(8,%r13),0(3,%r10)
        STCC    0x40
        zap     8(2,%r13),0(3,%r10)     # 12345 into 3 digits: overflow cc 3
        STCC    0x41
        zap     12(3,%r13),3(2,%r10)    # minus zero becomes plus zero
        STCC    0x42
        cp      0(3,%r10),5(2,%r10)
        STCC    0x43
        cp      3(2,%r10),7(1,%r10)     # -0 equals +0
        STCC    0x44
        cp      5(2,%r10),0(3,%r10)
        STCC    0x45
        tp      0(3,%r10)
        STCC    0x46
        tp      8(2,%r10)               # invalid digit: cc 2
        STCC    0x47
        tp      10(1,%r10)              # invalid sign: cc 1
        STCC    0x48
        EXIT
p:      .byte   0x12,0x34,0x5c, 0x00,0x0d, 0x99,0x9d, 0x0c, 0x1a,0x2c, 0x55
