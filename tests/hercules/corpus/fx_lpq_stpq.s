# LPQ/STPQ: quadword load and store into an even-odd pair; a misaligned address is a
# specification exception.
        .include "common.s"
        larl    %r10,q
        lpq     %r2,0(%r10)
        stpq    %r2,0x10(%r13)
        lghi    %r4,4
        ONPGM   1f
        lpq     %r4,8(%r10)
1:      stmg    %r2,%r5,0x20(%r13)
        EXIT
        .align  16
q:      .quad   0x0011223344556677, 0x8899aabbccddeeff, 0
