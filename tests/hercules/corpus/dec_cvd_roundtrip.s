# CVD then CVB for a table of values: round trips, including 0 and -1.
        .include "common.s"
        larl    %r10,vals
        lghi    %r5,6
        lgr     %r6,%r13
1:      l       %r1,0(%r10)
        cvd     %r1,0(%r6)
        cvb     %r2,0(%r6)
        st      %r2,0x60(%r6)
        la      %r10,4(%r10)
        la      %r6,8(%r6)
        brct    %r5,1b
        EXIT
vals:   .long   0, -1, 1, 99999999, -2147483648, 42
