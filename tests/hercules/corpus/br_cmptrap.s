# CRT/CGIT/CIT/CLFIT/CLGRT: compare and trap -- taken traps give data exception DXC 0xFF.
        .include "common.s"
        lghi    %r1,1
        lghi    %r2,2
        crt     %r1,%r2,8               # equal? no trap
        cgit    %r1,0,4                 # 1 < 0? no trap
        ONPGM   1f
        cit     %r1,1,8                 # trap: data exception DXC 0xFF
1:      lghi    %r3,3
        ONPGM   2f
        clgrt   %r1,%r2,4               # trap
2:      lghi    %r4,4
        clfit   %r2,1,2                 # trap, no resume: ends the run
        lghi    %r5,5
        EXIT
