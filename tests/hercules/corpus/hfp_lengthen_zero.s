# LOAD LENGTHENED (short to long, short and long to extended) of operands with a zero
# fraction but a nonzero characteristic, positive and negative; HALVE and LOAD ROUNDED of such.
        .include "common.s"
        larl    %r10,c
        le      %f1,0(%r10)             # 0x42000000
        le      %f3,4(%r10)             # 0xC5000000
        lder    %f4,%f1
        lder    %f5,%f3
        lxer    %f8,%f3
        ld      %f6,8(%r10)             # 0x4300000000000000
        lxdr    %f12,%f6
        hdr     %f7,%f6
        ledr    %f9,%f6
        lde     %f10,4(%r10)
        EXIT
        .align  8
c:      .long   0x42000000, 0xC5000000
        .quad   0x4300000000000000
