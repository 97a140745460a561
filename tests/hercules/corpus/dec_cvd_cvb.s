# CVD/CVDY/CVDG/CVB/CVBY/CVBG: conversions both ways, negative values, preferred signs.
        .include "common.s"
        lhi     %r1,-12345
        cvd     %r1,0(%r13)
        llilf   %r2,2147483647
        cvdy    %r2,8(%r13)
        lghi    %r3,-1
        sllg    %r3,%r3,62
        cvdg    %r3,16(%r13)            # -2^63 needs 19 digits: 16-byte field
        larl    %r10,p
        cvb     %r4,0(%r10)
        cvby    %r5,8(%r10)             # sign F accepted as plus
        cvbg    %r6,16(%r10)
        stmg    %r4,%r6,0x40(%r13)
        EXIT
        .align  8
p:      .byte   0,0,0,0,0,0x98,0x76,0x5d
        .byte   0,0,0,0,0,0,0x12,0x3f
        .byte   0,0,0,0,0,0,0,0,0,0,0,0x12,0x34,0x56,0x78,0x9c
