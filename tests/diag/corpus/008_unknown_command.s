# DIAGNOSE X'008' with a command CP does not know: HCPCMD001E in the buffer and return code 1
# (the message number) in Ry.
        .include "common.s"
        lghi    %r1,0x5000                # prefill 64 bytes with X'EE': what is not stored stays
        mvi     0(%r1),0xee
        mvc     1(63,%r1),0(%r1)
        larl    %r2,cmd
        lghi    %r3,0x5000              # Rx+1: the response buffer
        iilf    %r4,0x40000009        # Ry: flags, command length
        lghi    %r5,256                 # Ry+1: buffer length
        diag    %r2,%r4,0x8
        RECORD
        lghi    %r9,RES
        mvc     0xa0(32,%r9),0(%r3)       # what it stored, into the result area
        EXIT
cmd:
        .byte   0xd5,0xd6,0xe2,0xe4,0xc3,0xc8,0xc3,0xd4,0xc4   # "NOSUCHCMD" (EBCDIC)
