# DIAGNOSE X'308' subcode 3: load clear: storage zeroed, registers zeroed, the image loaded again.  The first run marks its state and issues the
# DIAGNOSE; the run after the reset (the IPL PSW at 0 leads to _start again) records
# R15, CR6 at 0x30A0, the byte at 0x5000 at 0x30A8 and the image's flag byte at 0x30A9.
        .include "common.s"
        lghi    %r9,0x5000
        larl    %r8,flag
        lghi    %r2,0x6000
        lghi    %r4,6
        diag    %r2,%r4,0x308           # store: X'0001' once the block was set
        cghi    %r3,1
        je      2f
        mvi     0(%r9),1                # storage outside the image: kept unless cleared
        mvi     0(%r8),0xff             # the image's own byte: fresh only if loaded again
        lghi    %r15,0x1234             # kept by CPU reset, zeroed by clear reset
        lghi    %r1,-1
        stg     %r1,8(%r9)
        lctlg   %c6,%c6,8(%r9)          # CR6: zero after an initial CPU reset
        lghi    %r2,0x4000
        larl    %r1,blk
        mvc     0(16,%r2),0(%r1)
        lghi    %r4,5
        diag    %r2,%r4,0x308           # set: the block survives the reset
        lghi    %r4,3
        diag    %r2,%r4,0x308
        RECORD                          # not reached
        EXIT
2:      RECORD
        stctg   %c6,%c6,RES_DATA
        lghi    %r1,RES_DATA
        mvc     8(1,%r1),0(%r9)
        mvc     9(1,%r1),0(%r8)
        EXIT
flag:   .byte   0
        .align  4
blk:    .long   200, 0, 192, 0x02000000
