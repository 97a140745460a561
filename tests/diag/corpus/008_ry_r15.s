# DIAGNOSE X'008' with a response buffer and Ry = R15 (Ry+1 would be R0 or undefined):
# specification exception.
        .include "common.s"
        lghi    %r1,0x5000              # prefill 64 bytes with X'EE': what is not stored stays
        mvi     0(%r1),0xee
        mvc     1(63,%r1),0(%r1)
        larl    %r2,cmd
        lghi    %r3,0x5000
        iilf    %r15,0x4000000c
        diag    %r2,%r15,0x8
        RECORD
        EXIT
cmd:
        .byte   0xd8,0xe4,0xc5,0xd9,0xe8,0x40,0xe4,0xe2,0xc5,0xd9,0xc9,0xc4   # "QUERY USERID" (EBCDIC)
