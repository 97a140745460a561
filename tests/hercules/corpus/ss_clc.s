# CLC/CLM/CLI: equal, low, high, and the first differing byte decides.
        .include "common.s"
        larl    %r10,a
        clc     0(8,%r10),8(%r10)
        STCC    0
        clc     0(4,%r10),16(%r10)
        STCC    1
        clc     16(4,%r10),0(%r10)
        STCC    2
        clc     0(1,%r10),0(%r10)
        STCC    3
        lghi    %r1,255
        exrl    %r1,cl
        STCC    4
        EXIT
cl:     clc     0(1,%r10),0(%r10)
a:      .ascii  "ABCDEFGHABCDEFGHABCEFGHI"
