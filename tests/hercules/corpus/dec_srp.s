# SRP: left shifts, right shifts with rounding digit, cc, overflow with mask off.
        .include "common.s"
        larl    %r10,p
        mvc     0(4,%r13),0(%r10)
        srp     0(4,%r13),2,0           # left 2
        STCC    0x40
        mvc     4(4,%r13),0(%r10)
        srp     4(4,%r13),64-3,5        # right 3 with rounding
        STCC    0x41
        mvc     8(4,%r13),0(%r10)
        srp     8(4,%r13),64-1,0        # right 1, truncate
        STCC    0x42
        mvc     12(4,%r13),0(%r10)
        srp     12(4,%r13),5,0          # overflow: cc 3
        STCC    0x43
        mvc     16(2,%r13),4(%r10)
        srp     16(2,%r13),64-3,5       # all digits shifted out: zero, sign
        STCC    0x44
        EXIT
p:      .byte   0x01,0x23,0x45,0x6d, 0x12,0x3c
