# AIH/LFH/STFH/LLHFR/AHHHR/CIH/RISBHG/RISBLG: high-word facility (z196).
        .include "common.s"
        lghi    %r1,0
        iihf    %r1,100
        iilf    %r1,7
        aih     %r1,-50
        lfh     %r2,val
        stfh    %r1,0(%r13)
        ahhhr   %r3,%r1,%r2
        cih     %r1,50
        STCC    0x40
        risbhg  %r4,%r2,0,31,32          # low word of r2 into high word of r4
        risblg  %r5,%r1,0,31,32          # high word of r1 into low word of r5
        stmg    %r1,%r5,8(%r13)
        EXIT
        .align  8
val:    .long   0x13572468
