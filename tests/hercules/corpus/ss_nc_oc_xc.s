# NC/OC/XC on storage, XC to itself as a clear, overlapping XC, cc.
        .include "common.s"
        larl    %r10,d
        mvc     0(16,%r13),0(%r10)
        nc      0(8,%r13),8(%r10)
        STCC    0x40
        oc      8(8,%r13),0(%r10)
        STCC    0x41
        xc      16(16,%r13),16(%r13)
        STCC    0x42
        mvc     0x20(16,%r13),0(%r10)
        xc      0x21(8,%r13),0x20(%r13) # overlap one byte: byte-wise chain
        STCC    0x43
        nc      0x30(4,%r13),0x30(%r13)
        STCC    0x44
        EXIT
d:      .quad   0xf0f0f0f012345678, 0x0ff00ff0ffffffff
