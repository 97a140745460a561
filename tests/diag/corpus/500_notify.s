# DIAGNOSE X'500' function 3 (virtio-ccw notify) for subchannel 0.0.0000 queue 0: zsie has no
# virtio devices, so R2 = -22 (-EINVAL, no such subchannel), as QEMU answers.
        .include "common.s"
        lghi    %r1,3
        llilf   %r2,0x00010000
        lghi    %r3,0
        lghi    %r4,0x77
        diag    %r2,%r4,0x500
        RECORD
        EXIT
