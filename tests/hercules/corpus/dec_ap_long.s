# AP/SP with 16-byte (31-digit) operands and carries through all digits.
        .include "common.s"
        larl    %r10,p
        mvc     0(16,%r13),0(%r10)
        ap      0(16,%r13),16(1,%r10)
        STCC    0x40
        mvc     16(16,%r13),0(%r10)
        sp      16(16,%r13),0(16,%r10)
        STCC    0x41
        mvc     32(16,%r13),0(%r10)
        ap      32(16,%r13),0(16,%r10)  # overflow: cc 3
        STCC    0x42
        EXIT
p:      .byte   0x99,0x99,0x99,0x99,0x99,0x99,0x99,0x99,0x99,0x99,0x99,0x99,0x99,0x99,0x99,0x8c
        .byte   0x1c
