# DIAGNOSE X'008' with a response buffer and Ry = Rx+1: the pairs overlap, specification
# exception.
        .include "common.s"
        lghi    %r1,0x5000              # prefill 64 bytes with X'EE': what is not stored stays
        mvi     0(%r1),0xee
        mvc     1(63,%r1),0(%r1)
        larl    %r2,cmd
        lghi    %r3,0x5000              # Rx+1: the response buffer
        iilf    %r3,0x4000000c          # Ry: flags, command length
        lghi    %r4,256                 # Ry+1: buffer length
        diag    %r2,%r3,0x8
        RECORD
        lghi    %r9,RES
        mvc     0xa0(32,%r9),0(%r3)     # what it stored, into the result area
        EXIT
cmd:
        .byte   0xd8,0xe4,0xc5,0xd9,0xe8,0x40,0xe4,0xe2,0xc5,0xd9,0xc9,0xc4   # "QUERY USERID" (EBCDIC)
