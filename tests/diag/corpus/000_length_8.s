# DIAGNOSE X'000' with Ry = 8: only the first 8 bytes are stored.
        .include "common.s"
        lghi    %r1,0x4000              # prefill 64 bytes with X'EE': what is not stored stays
        mvi     0(%r1),0xee
        mvc     1(63,%r1),0(%r1)
        lghi    %r2,0x4000
        lghi    %r3,8
        diag    %r2,%r3,0x0
        RECORD
        lghi    %r9,RES
        mvc     0xa0(16,%r9),0(%r2)     # what it stored, into the result area
        EXIT
