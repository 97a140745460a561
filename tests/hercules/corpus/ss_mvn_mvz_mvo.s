# MVN/MVZ/MVO/MVCIN: nibble moves, move with offset, inverse move.
        .include "common.s"
        larl    %r10,d
        mvc     0(8,%r13),0(%r10)
        mvn     0(4,%r13),8(%r10)
        mvz     4(4,%r13),8(%r10)
        mvc     8(4,%r13),0(%r10)
        mvo     8(4,%r13),12(2,%r10)
        mvcin   16(8,%r13),7(%r10)
        EXIT
d:      .byte   0x12,0x34,0x56,0x78,0x9a,0xbc,0xde,0xf0
        .byte   0xab,0xcd,0xef,0x01,0x77,0x88,0,0
