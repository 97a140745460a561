# NR/OR/XR/N/O/X/NGR/OGR/XGR/NG/OG/XG: results and cc 0/1.
        .include "common.s"
        larl    %r10,data
        l       %r1,0(%r10)
        nr      %r1,%r1
        STCC    0
        l       %r2,0(%r10)
        n       %r2,4(%r10)             # disjoint: 0, cc 0
        STCC    1
        l       %r3,0(%r10)
        o       %r3,4(%r10)
        STCC    2
        l       %r4,0(%r10)
        x       %r4,0(%r10)
        STCC    3
        lg      %r5,8(%r10)
        ngr     %r5,%r5
        ng      %r5,16(%r10)
        STCC    4
        lg      %r6,8(%r10)
        og      %r6,16(%r10)
        xgr     %r6,%r5
        STCC    5
        lg      %r7,8(%r10)
        xg      %r7,8(%r10)
        STCC    6
        lg      %r8,8(%r10)
        ogr     %r8,%r7
        xr      %r8,%r8
        STCC    7
        stmg    %r1,%r8,RES+8
        EXIT
        .align  8
data:   .long   0xf0f0f0f0, 0x0f0f0f0f
        .quad   0xff00ff00ff00ff00
        .quad   0x0ff00ff00ff00ff0
