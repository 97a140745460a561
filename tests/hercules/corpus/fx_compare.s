# CR/C/CH/CHI/CGR/CG/CGF/CGHI/CLR/CL/CLGR/CLG/CLI/CLM: cc for <, =, > signed and unsigned.
        .include "common.s"
        larl    %r10,data
        lhi     %r1,-1
        lhi     %r2,1
        cr      %r1,%r2
        STCC    0
        clr     %r1,%r2
        STCC    1
        c       %r2,0(%r10)
        STCC    2
        ch      %r1,4(%r10)
        STCC    3
        chi     %r2,1
        STCC    4
        lghi    %r3,-5
        cghi    %r3,-6
        STCC    5
        cgr     %r3,%r2
        STCC    6
        clgr    %r3,%r2
        STCC    7
        cg      %r3,8(%r10)
        STCC    8
        clg     %r3,8(%r10)
        STCC    9
        cgf     %r3,0(%r10)
        STCC    10
        cl      %r1,0(%r10)
        STCC    11
        cli     4(%r10),0xff
        STCC    12
        clm     %r1,0b0101,4(%r10)
        STCC    13
        clm     %r2,0b0011,0(%r10)
        STCC    14
        clmh    %r3,0b1000,8(%r10)
        STCC    15
        EXIT
        .align  8
data:   .long   1
        .short  -1, 0
        .quad   -5
