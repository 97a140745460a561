# SSKE/ISKE/RRBE: set keys with R and C bits, read them back, reset the reference bit (cc),
# and see the reference/change bits set again by a fetch and a store.
        .include "common.s"
        llilf   %r2,0x5000
        lghi    %r1,0x36                # key 3, F 0, R 1, C 1
        sske    %r1,%r2
        lghi    %r3,-1
        iske    %r3,%r2
        rrbe    %r0,%r2                 # R was 1, C 1: cc 3
        STCC    0x70
        lghi    %r4,-1
        iske    %r4,%r2
        lghi    %r1,0x30                # R 0, C 0
        sske    %r1,%r2
        rrbe    %r0,%r2                 # cc 0
        STCC    0x71
        l       %r5,0(%r2)              # fetch sets R
        lghi    %r6,0
        iske    %r6,%r2
        lghi    %r1,0x38                # key 3 with fetch protection
        llilf   %r2,0x6000
        sske    %r1,%r2
        mvi     0(%r2),1                # key 0 may store anywhere: sets R and C
        lghi    %r7,0
        iske    %r7,%r2
        rrbe    %r0,%r2
        STCC    0x72
        stmg    %r3,%r7,0(%r13)
        EXIT
