# ADBR/SDBR/MDBR/DDBR and the storage forms ADB/SDB/MDB/DDB on ordinary long values, cc.
        .include "common.s"
        larl    %r10,c
        ld      %f0,0(%r10)             # 1.0
        ld      %f2,8(%r10)             # 3.0
        ldr     %f4,%f0
        ddbr    %f4,%f2                 # 1/3 rounded to nearest
        STCC    0x70
        ldr     %f6,%f4
        mdbr    %f6,%f2                 # (1/3)*3
        ldr     %f8,%f2
        sdbr    %f8,%f2                 # +0, cc 0
        STCC    0x71
        ldr     %f9,%f0
        sdb     %f9,8(%r10)             # -2, cc 1
        STCC    0x72
        ldr     %f10,%f2
        adb     %f10,16(%r10)           # 3 + 0.1
        STCC    0x73
        ldr     %f11,%f10
        mdb     %f11,16(%r10)
        ldr     %f12,%f2
        ddb     %f12,16(%r10)           # 30, inexact
        std     %f4,0(%r13)
        std     %f6,8(%r13)
        std     %f8,16(%r13)
        std     %f9,24(%r13)
        std     %f10,32(%r13)
        std     %f11,40(%r13)
        std     %f12,48(%r13)
        EXIT
        .align  8
c:      .quad   0x3ff0000000000000, 0x4008000000000000, 0x3fb999999999999a
