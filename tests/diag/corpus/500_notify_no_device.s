# DIAGNOSE X'500' subcode 3 for subchannel 0.0.0000, which is no virtio device: R2 negative.
        .include "common.s"
        lghi    %r1,3
        iilf    %r2,0x00010000
        lghi    %r3,0
        lghi    %r4,0
        diag    %r2,%r4,0x500
        RECORD
        EXIT
