# X'288' init in the z/VM form (command IPL, 60 s), change to 120 s, cancel: CC 0 each
# time (the IPM after the last is recorded; R9/R10 the CCs of the first two).
        .include "common.s"
        lghi    %r3,60
        lghi    %r4,0x4000
        larl    %r1,cmd
        mvc     0(3,%r4),0(%r1)
        lghi    %r5,3
        iilf    %r9,0x30000000
        spm     %r9
        diag    %r2,%r4,0x288
        ipm     %r9
        lghi    %r2,1
        lghi    %r3,120
        diag    %r2,%r4,0x288
        ipm     %r10
        lghi    %r2,2
        diag    %r2,%r4,0x288
        RECORD
        EXIT
cmd:    .byte   0xc9, 0xd7, 0xd3
