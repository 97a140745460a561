# TRTR (right to left) and TRE (translate extended, stop character) results and registers.
        .include "common.s"
        larl    %r10,text
        larl    %r11,fn
        lghi    %r1,0
        lghi    %r2,0
        trtr    15(16,%r10),0(%r11)     # scan from the last byte backwards
        STCC    0
        stmg    %r1,%r2,0x10(%r13)
        mvc     0x20(16,%r13),0(%r10)
        lay     %r4,0x20(%r13)
        lghi    %r5,16
        larl    %r6,tab
        lghi    %r0,0x21                # stop at '!'
        tre     %r4,%r6
        STCC    1
        stmg    %r4,%r5,0x30(%r13)
        EXIT
text:   .ascii  "x,y,z and more!!"
        .align  8
fn:     .fill   44,1,0
        .byte   1
        .fill   211,1,0
tab:    .fill   256,1,0x3f
