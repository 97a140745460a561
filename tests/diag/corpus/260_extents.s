# DIAGNOSE X'260' subcode X'10': the storage extents into the area at Rx (length in Rx+1, room
# for 8); the 16 MiB machine is one extent 0-X'FFFFFF'; Ry the number of extents, CC 0.
        .include "common.s"
        iilf    %r5,0x30000000
        spm     %r5
        lghi    %r4,0x4000
        lghi    %r5,128
        lghi    %r6,0x10
        diag    %r4,%r6,0x260
        RECORD
        lghi    %r11,RES
        lgfi    %r12,0x4000
        mvc     0xa0(32,%r11),0(%r12)
        EXIT
