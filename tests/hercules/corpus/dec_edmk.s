# EDMK: R1 gets the address of the first significant digit; unchanged when none.
        .include "common.s"
        larl    %r10,pat
        lghi    %r1,-1
        mvc     0(10,%r13),0(%r10)
        edmk    0(10,%r13),12(%r10)
        STCC    0x40
        stg     %r1,0x48(%r13)
        lghi    %r1,-1
        mvc     16(10,%r13),0(%r10)
        edmk    16(10,%r13),16(%r10)    # zero: r1 unchanged
        STCC    0x41
        stg     %r1,0x50(%r13)
        EXIT
pat:    .byte   0x5c,0x20,0x20,0x20,0x6b,0x20,0x20,0x21,0x20,0x20, 0,0
        .byte   0x00,0x03,0x21,0x0f
        .byte   0x00,0x00,0x00,0x0c
