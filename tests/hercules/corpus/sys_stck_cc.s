# STCKE/STCKF complete with cc 0 (values are not compared; only the cc and that the leftmost
# TOD bits agree between STCK and STCKF).
        .include "common.s"
        stcke   0x40(%r13)
        STCC    0
        stckf   0x58(%r13)
        STCC    1
        stck    0x60(%r13)
        clc     0x58(2,%r13),0x60(%r13)
        STCC    2
        xc      0x40(48,%r13),0x40(%r13)
        EXIT
