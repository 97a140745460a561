# HFP square root (odd and even exponents, zero, negative: square-root exception), LOAD FP
# INTEGER (truncation toward zero, normalized result), CONVERT FROM FIXED (32 and 64 bits,
# digits beyond the format truncated).
        .include "common.s"
        larl    %r10,c
        ld      %f1,0(%r10)             # 2.0
        sqdr    %f0,%f1
        ld      %f3,8(%r10)             # 0.1(16) x 16^0 = 1/16
        sqdr    %f2,%f3
        le      %f5,16(%r10)            # 0x42640000 = 100
        sqer    %f4,%f5
        sqd     %f6,24(%r10)            # 3.0
        sqe     %f7,8(%r10)
        ld      %f8,32(%r10)            # -0 (zero fraction): true zero
        sqdr    %f8,%f8
        ld      %f9,40(%r10)            # -2.5
        ONPGM   1f
        sqdr    %f9,%f9
1:      fidr    %f10,%f9                # -2.0
        le      %f11,48(%r10)           # 0.9375
        fier    %f11,%f11               # true zero
        lghi    %r1,-255
        cdfr    %f12,%r1
        llihf   %r2,0x12345678
        oilf    %r2,0x9abcdef1
        cdgr    %f13,%r2                # 16 digits: the last two truncated
        cefr    %f14,%r2                # low word 0x9abcdef1 negative
        cegr    %f15,%r2
        EXIT
        .align  8
c:      .quad   0x4120000000000000, 0x4010000000000000
        .long   0x42640000, 0
        .quad   0x4130000000000000, 0x8000000000000000, 0xC128000000000000
        .long   0x40F00000, 0
