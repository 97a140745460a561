# SRST: not found (cc 2), end before start, and the cpu-determined partial (cc 3) never for 30 bytes.
        .include "common.s"
        lghi    %r0,0x7e
        larl    %r2,s
        la      %r3,30(%r2)
        lgr     %r4,%r2
        srst    %r3,%r4
        STCC    0
        stmg    %r3,%r4,8(%r13)
        larl    %r5,s
        lgr     %r6,%r5
        srst    %r5,%r6                 # end == start: not found
        STCC    1
        stmg    %r5,%r6,0x18(%r13)
        EXIT
s:      .ascii  "no tilde in this thirty bytes."
