# AXBR/SXBR/MXBR/DXBR/SQXBR on extended values in register pairs (0,2), (1,3), (4,6), (5,7).
        .include "common.s"
        lghi    %r1,1
        cxfbr   %f0,%r1                 # 1.0 extended
        lghi    %r1,3
        cxfbr   %f1,%r1                 # 3.0
        lxr     %f4,%f0
        dxbr    %f4,%f1                 # 1/3
        lxr     %f5,%f4
        mxbr    %f5,%f1
        lxr     %f8,%f1
        axbr    %f8,%f4
        STCC    0x70
        lxr     %f9,%f0
        sxbr    %f9,%f1
        STCC    0x71
        lghi    %r1,2
        cxfbr   %f12,%r1
        sqxbr   %f13,%f12
        std     %f4,0(%r13)
        std     %f6,8(%r13)
        std     %f5,16(%r13)
        std     %f7,24(%r13)
        std     %f13,32(%r13)
        std     %f15,40(%r13)
        EXIT
