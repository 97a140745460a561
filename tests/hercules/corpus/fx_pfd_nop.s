# NOP forms (BC 0 / BCR 0,Rx), PFD (prefetch, no effect) and LA as a no-op on state.
        .include "common.s"
        lghi    %r1,3
        nop     0
        nopr    %r1
        bcr     0,%r0
        pfd     1,0(%r13)
        pfd     2,0(%r13)
        pfdrl   1,here
here:   stg     %r1,0(%r13)
        EXIT
