# A 100000-iteration arithmetic loop (timing-insensitive, exercises the fast path).
        .include "common.s"
        lghi    %r1,0
        lghi    %r2,0
        llilf   %r3,100000
1:      agr     %r1,%r3
        xgr     %r2,%r1
        rllg    %r2,%r2,3
        brct    %r3,1b
        stmg    %r1,%r3,0(%r13)
        EXIT
