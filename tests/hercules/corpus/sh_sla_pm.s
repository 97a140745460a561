# SLA with the fixed-point-overflow mask on: program interruption 8 after the result is stored.
        .include "common.s"
        llilh   %r1,0x0800
        spm     %r1                     # program mask: fixed-point overflow
        lhi     %r2,0x4000
        ONPGM   1f
        sla     %r2,18                  # sign changes
1:      lghi    %r3,1
        lhi     %r4,0x7fff
        ar      %r4,%r4
        llilf   %r5,0x7fffffff
        ONPGM   2f
        ahi     %r5,1
2:      stmg    %r2,%r5,RES
        EXIT
