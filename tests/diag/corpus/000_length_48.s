# DIAGNOSE X'000' with Ry = 48, more than the 40 bytes of the table: 40 bytes stored, Ry
# keeps the 8 not used.
        .include "common.s"
        lghi    %r1,0x4000              # prefill 64 bytes with X'EE': what is not stored stays
        mvi     0(%r1),0xee
        mvc     1(63,%r1),0(%r1)
        lghi    %r2,0x4000
        lghi    %r3,48
        diag    %r2,%r3,0x0
        RECORD
        lghi    %r9,RES
        mvc     0xa0(48,%r9),0(%r2)     # what it stored, into the result area
        EXIT
