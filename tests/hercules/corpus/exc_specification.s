# Specification exceptions: odd R1 for DR (ILC 1), unaligned CDSG operand (ILC 3), odd-register
# extended BFP operand (FPR 2 names no valid pair): each suppressed.
        .include "common.s"
        lghi    %r3,100
        lghi    %r4,7
        ONPGM   1f
        .short  0x1d34                  # DR 3,4 (as refuses the odd pair)
1:      lghi    %r5,5
        ONPGM   2f
        cdsg    %r0,%r2,8(%r13)
2:      lzdr    %f2
        .long   0xb34a0002              # AXBR 0,2 (as refuses the bad pair)
        EXIT
