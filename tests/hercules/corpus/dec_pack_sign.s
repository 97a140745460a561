# PACK/UNPK treat signs as digits (no validity checks); AP accepts alternate signs (A-F) and
# produces preferred signs (C/D); MVO keeps the rightmost sign nibble.
        .include "common.s"
        larl    %r10,p
        pack    0(3,%r13),0(4,%r10)     # zone of the last byte becomes the sign nibble
        unpk    4(5,%r13),4(3,%r10)
        mvc     10(3,%r13),7(%r10)
        ap      10(3,%r13),10(2,%r10)   # signs A and B
        STCC    0x40
        mvc     14(3,%r13),7(%r10)
        sp      14(3,%r13),12(2,%r10)   # sign E and F
        STCC    0x41
        mvc     18(4,%r13),4(%r10)
        mvo     18(4,%r13),7(2,%r10)
        EXIT
p:      .byte   0x12,0x34,0x56,0x7b, 0x9a,0xbc,0xdf, 0x00,0x12,0x3a, 0x04,0x5b, 0x01,0x0e
