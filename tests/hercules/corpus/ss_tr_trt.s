# TR translate in place; TRT finds the first nonzero function byte (R1 address, R2 byte), cc 0/1/2.
        .include "common.s"
        larl    %r10,text
        mvc     0(16,%r13),0(%r10)
        larl    %r11,upper
        tr      0(16,%r13),0(%r11)
        lghi    %r1,-1
        lghi    %r2,-1
        larl    %r11,fn
        trt     0(16,%r10),0(%r11)
        STCC    0x40
        stmg    %r1,%r2,0x48(%r13)
        trt     16(4,%r10),0(%r11)      # none found: cc 0, regs unchanged
        STCC    0x41
        trt     20(1,%r10),0(%r11)      # found on the last byte: cc 2
        STCC    0x42
        stmg    %r1,%r2,0x58(%r13)
        EXIT
text:   .ascii  "hello, world 42!"
        .ascii  "abcd*"
        .align  8
upper:  .fill   97,1,0x2e
        .ascii  "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        .fill   133,1,0x2e
fn:     .fill   32,1,0
        .byte   0,0,0,0,0,0,0,0,0,0,7,0,9,0,0,0
        .fill   208,1,0
