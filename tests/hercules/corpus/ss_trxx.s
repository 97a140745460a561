# TROO/TROT/TRTO/TRTT: translate through tables in GR1 (low 3 address bits ignored; with the
# ETF2-enhancement facility also for the two-byte forms), stop at the test character in GR0 (cc 1, registers at that argument) unless M3
# bit 3 suppresses the test; cc 0 when the second operand is used up.
        .include "common.s"
        larl    %r1,tab1
        oill    %r1,5                   # ignored: doubleword table
        lghi    %r0,0x2a                # stop at '*'
        lay     %r2,0x10(%r13)
        lghi    %r3,5
        larl    %r4,src1
        troo    %r2,%r4                 # "abcde": 'd' maps to '*': stops there
        STCC    0
        stmg    %r2,%r4,0x50(%r13)
        lay     %r2,0x18(%r13)
        lghi    %r3,5
        larl    %r4,src1
        troo    %r2,%r4,1               # the same with the test off
        STCC    1
        larl    %r1,tab2
        lghi    %r0,-1
        lay     %r2,0x20(%r13)
        lghi    %r3,3
        larl    %r4,src1
        trot    %r2,%r4                 # one to two
        STCC    2
        stmg    %r2,%r3,0x68(%r13)
        llilf   %r1,0x100000
        mvi     0x41(%r1),0x78
        lay     %r5,0x1234(%r1)
        mvi     0(%r5),0x79
        mvi     0x42(%r1),0x2a
        oill    %r1,6                   # ignored
        lghi    %r0,0x2a
        lay     %r6,0x30(%r13)
        lghi    %r7,6
        larl    %r8,src2
        trto    %r6,%r8                 # two to one: stops at the third
        STCC    3
        llilf   %r1,0x200000
        mvhhi   0x82(%r1),0x5151
        lay     %r5,0x2468(%r1)
        mvhhi   0(%r5),0x5252
        mvhhi   0x84(%r1),0x5353
        lghi    %r0,0
        lay     %r10,0x38(%r13)
        lghi    %r11,6
        larl    %r12,src2
        trtt    %r10,%r12               # two to two, all three
        STCC    4
        EXIT
        .align  8
tab1:   .fill   0x64,1,0x2e
        .byte   0x2a                    # 'd'
        .fill   155,1,0x2d
        .ascii  "0123456789abcdef"
        .fill   80,1,0x2b
        .align  8
tab2:   .fill   0x61,2,0x0101
        .short  0x4161, 0x4262, 0x4363
        .fill   156,2,0x0202
        .align  2
src1:   .ascii  "abcde"
        .align  2
src2:   .short  0x0041, 0x1234, 0x0042
