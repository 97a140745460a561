# IEEE invalid and divide-by-zero with masks on: data exception, DXC 0x80/0x40 in FPC and
# low core, target unchanged (suppressed); with masks off: default results and flags.
        .include "common.s"
        larl    %r10,c
        ld      %f0,0(%r10)             # 1
        ld      %f1,8(%r10)             # 0
        lzdr    %f2
        ddbr    %f2,%f1                 # 0/0 masks off: default NaN, invalid flag
        ldr     %f3,%f0
        ddbr    %f3,%f1                 # 1/0: +inf, divide flag
        efpc    %r1
        st      %r1,0x70(%r13)
        lfpc    16(%r10)                # enable invalid and divide-by-zero traps
        ldr     %f4,%f0
        ONPGM   1f
        ddbr    %f4,%f1                 # trap: f4 stays 1
1:      efpc    %r2
        st      %r2,0x74(%r13)
        lzdr    %f5
        ONPGM   2f
        ddbr    %f5,%f1
2:      efpc    %r3
        st      %r3,0x78(%r13)
        std     %f2,0(%r13)
        std     %f3,8(%r13)
        EXIT
        .align  8
c:      .quad   0x3ff0000000000000, 0
        .long   0xc0000000
