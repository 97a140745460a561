# ED: edit pattern with digit selectors, significance starter, field separator, fill, sign.
        .include "common.s"
        larl    %r10,pat
        mvc     0(13,%r13),0(%r10)
        ed      0(13,%r13),16(%r10)     # 0012345-: negative
        STCC    0x40
        mvc     16(13,%r13),0(%r10)
        ed      16(13,%r13),20(%r10)    # positive
        STCC    0x41
        mvc     32(13,%r13),0(%r10)
        ed      32(13,%r13),24(%r10)    # zero
        STCC    0x42
        EXIT
pat:    .byte   0x40,0x20,0x20,0x6b,0x20,0x21,0x20,0x4b,0x20,0x20,0x40,0xc3,0xd9
        .byte   0,0,0
        .byte   0x00,0x12,0x34,0x5d
        .byte   0x09,0x87,0x65,0x4c
        .byte   0x00,0x00,0x00,0x0c
