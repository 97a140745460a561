# A BFP instruction with a signaling NaN and the invalid mask on: data exception DXC 0x80,
# low core 0x90 and FPC byte 2 both hold it; the target register is unchanged.
        .include "common.s"
        larl    %r10,c
        lfpc    16(%r10)
        ld      %f0,0(%r10)
        ld      %f1,8(%r10)
        ldr     %f2,%f0
        ONPGM   1f
        adbr    %f2,%f1
1:      efpc    %r1
        sfpc    %r0
        stg     %r1,0(%r13)
        EXIT
        .align  8
c:      .quad   0x3ff0000000000000, 0x7ff0000000000001
        .long   0x80000000
