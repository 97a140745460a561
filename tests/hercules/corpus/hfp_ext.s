# Extended HFP: AXR/SXR with a guard digit, MXR, MXDR, DXR (1/3), CXR, the sign operations,
# LOAD ROUNDED to long and short, LOAD LENGTHENED (including a zero), LOAD FP INTEGER.
        .include "common.s"
        larl    %r10,c
        ld      %f0,0(%r10)             # 1.0 extended: 4110.. / 3300..
        ld      %f2,8(%r10)
        ld      %f1,16(%r10)            # 3.0 extended
        ld      %f3,24(%r10)
        lxr     %f4,%f0
        dxr     %f4,%f1                 # 1/3
        lxr     %f8,%f4
        mxr     %f8,%f1                 # 0.FF..F
        lxr     %f12,%f0
        axr     %f12,%f1
        STCC    0
        lxr     %f5,%f0
        sxr     %f5,%f1                 # -2
        STCC    1
        cxr     %f0,%f1
        STCC    2
        ldxr    %f9,%f4                 # rounded to long
        lexr    %f13,%f4                # rounded to short
        stmg    %r0,%r1,0x40(%r13)
        std     %f4,0x40(%r13)
        std     %f6,0x48(%r13)
        std     %f8,0x50(%r13)
        std     %f10,0x58(%r13)
        std     %f9,0x60(%r13)
        ste     %f13,0x68(%r13)
        lcxr    %f8,%f5
        STCC    3
        ltxr    %f8,%f8
        STCC    4
        lnxr    %f12,%f0
        STCC    5
        ld      %f14,32(%r10)           # 0.5 long
        mxdr    %f12,%f14               # 0.5 x 0.5 extended
        lxdr    %f0,%f14
        ld      %f14,40(%r10)           # negative zero
        lxdr    %f4,%f14
        le      %f14,48(%r10)
        lxer    %f1,%f14
        ld      %f14,56(%r10)
        lxdr    %f9,%f14                # 2.5
        fixr    %f9,%f9
        std     %f0,0x70(%r13)
        std     %f2,0x78(%r13)
        EXIT
        .align  8
c:      .quad   0x4110000000000000, 0x3300000000000000
        .quad   0x4130000000000000, 0x3300000000000000
        .quad   0x4080000000000000, 0x8000000000000000
        .long   0x3E123456, 0
        .quad   0x4128000000000000
