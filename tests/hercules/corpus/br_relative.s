# J/JG/BRCL forward and backward, BRC with odd masks, long relative targets.
        .include "common.s"
        lghi    %r1,0
        jg      3f
1:      aghi    %r1,2
        j       4f
2:      aghi    %r1,4
        brcl    15,1b
3:      aghi    %r1,1
        cghi    %r1,1
        brcl    8,2b
4:      aghi    %r1,8
        lghi    %r2,5
        chi     %r2,6
        jl      5f
        aghi    %r1,16
5:      jnh     6f
        aghi    %r1,32
6:      jo      7f
        aghi    %r1,64
7:      stg     %r1,0(%r13)
        EXIT
