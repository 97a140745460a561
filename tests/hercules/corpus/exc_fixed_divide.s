# Fixed-point divide exceptions (9): DR by zero, DSGR of -2^63 by -1, DLR with a quotient too
# large; registers unchanged (suppressed).
        .include "common.s"
        lghi    %r2,0
        lghi    %r3,10
        lghi    %r4,0
        ONPGM   1f
        dr      %r2,%r4
1:      llihh   %r7,0x8000
        lghi    %r8,-1
        ONPGM   2f
        dsgr    %r6,%r8
2:      lghi    %r10,5
        lghi    %r11,0
        lghi    %r12,2
        dlr     %r10,%r12               # (5 << 32) / 2 needs 33 bits
        EXIT
