# TPROT: cc 0 (fetch+store allowed), 1 (store protected), 2 (fetch protected), key 0 passes all.
        .include "common.s"
        lghi    %r1,0x30
        llilf   %r2,0x5000
        sske    %r1,%r2
        lghi    %r1,0x48                # key 4, fetch protected
        llilf   %r3,0x6000
        sske    %r1,%r3
        tprot   0(%r2),0x30
        STCC    0
        tprot   0(%r2),0x20
        STCC    1
        tprot   0(%r3),0x20
        STCC    2
        tprot   0(%r3),0x00
        STCC    3
        tprot   0x100(%r2),0x40         # key 4 on a key 3 page without F: cc 1
        STCC    4
        llilf   %r4,0x7000
        tprot   0(%r4),0x30             # key 0 page, key 3: cc 1
        STCC    5
        EXIT
