# AH/AHY/SH/SHY/MH/MHY/CH/CHY/CHRL/LHRL/LGHRL/LLHRL/STHRL: halfword operands, relative forms.
        .include "common.s"
        larl    %r10,data
        lhi     %r1,100
        ahy     %r1,0(%r10)
        shy     %r1,2(%r10)
        lhi     %r2,3
        mhy     %r2,0(%r10)
        chy     %r2,2(%r10)
        STCC    0
        chrl    %r2,hw1
        STCC    1
        lhrl    %r3,hw1
        lghrl   %r4,hw1
        llhrl   %r5,hw1
        sthrl   %r1,out
        lg      %r6,out
        stmg    %r1,%r6,RES+8
        EXIT
        .align  8
data:   .short  -300, 7
hw1:    .short  0xff00
        .align  8
out:    .quad   0
