# Decimal overflow with the PSW mask bit set: interruption 0xA after the truncated result.
        .include "common.s"
        llilh   %r1,0x0400
        spm     %r1
        larl    %r10,p
        mvc     0(2,%r13),0(%r10)
        ONPGM   1f
        ap      0(2,%r13),0(2,%r10)     # 999+999 in 3 digits
1:      mvc     4(2,%r13),0(%r10)
        srp     4(2,%r13),2,0           # shift out nonzero digits
        EXIT
p:      .byte   0x99,0x9c
