# CS loop: an atomic counter increment loop (CS retried until cc 0).
        .include "common.s"
        lghi    %r5,50
1:      l       %r2,0(%r13)
2:      lr      %r3,%r2
        ahi     %r3,3
        cs      %r2,%r3,0(%r13)
        jl      2b
        brct    %r5,1b
        EXIT
