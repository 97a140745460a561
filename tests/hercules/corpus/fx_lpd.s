# LPD/LPDG: load pair disjoint into an even-odd pair, cc 0 (fetched interlocked on one CPU);
# bits 0-31 of the pair kept by LPD.
        .include "common.s"
        larl    %r10,d
        lghi    %r4,-1
        lghi    %r5,-1
        lpd     %r4,0(%r10),12(%r10)
        STCC    0
        lpdg    %r6,16(%r10),0(%r10)
        STCC    1
        EXIT
        .align  8
d:      .quad   0x0011223344556677, 0x8899aabbccddeeff, 0x0123456789abcdef
