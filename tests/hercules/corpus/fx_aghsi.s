# ASI/AGSI/ALSI/ALGSI: add immediate to storage (z10), cc and carries.
        .include "common.s"
        iilf    %r1,0x7fffffff
        st      %r1,0(%r13)
        asi     0(%r13),1
        STCC    0x40
        mvghi   8(%r13),-5
        agsi    8(%r13),5
        STCC    0x41
        mvhi    16(%r13),-1
        alsi    16(%r13),1
        STCC    0x42
        mvghi   24(%r13),10
        algsi   24(%r13),-11
        STCC    0x43
        EXIT
