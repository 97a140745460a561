# CVB of a value that does not fit 32 bits: fixed-point divide exception (9), R1 unchanged.
        .include "common.s"
        lghi    %r1,77
        larl    %r10,p
        ONPGM   1f
        cvb     %r1,0(%r10)
1:      cvbg    %r2,8(%r10)
        stmg    %r1,%r2,0(%r13)
        EXIT
        .align  8
p:      .byte   0,0,0x02,0x14,0x74,0x83,0x64,0x8c
        .byte   0,0,0,0,0,0,0,0,0,0,0,0,0,0,0x12,0x3d
