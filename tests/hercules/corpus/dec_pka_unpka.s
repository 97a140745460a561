# PKA/UNPKA/PKU/UNPKU: ASCII and Unicode digit packing (16-byte packed results).
        .include "common.s"
        larl    %r10,a
        pka     0(%r13),0(10,%r10)
        unpka   16(12,%r13),0(%r13)
        STCC    0x40
        pku     32(%r13),12(8,%r10)
        unpku   48(8,%r13),32(%r13)
        STCC    0x41
        EXIT
a:      .ascii  "9081726354"
        .byte   0,0
        .short  0x0031,0x0032,0x0033,0x0034
