# DIAGNOSE X'00C': 32 bytes of date, time and CPU times; nothing stored past them; CC unchanged.
        .include "common.s"
        lghi    %r1,0x4000              # prefill 64 bytes with X'EE': what is not stored stays
        mvi     0(%r1),0xee
        mvc     1(63,%r1),0(%r1)
        iilf    %r7,0x10000000          # SPM: CC 1, so a DIAGNOSE that sets CC 0 shows
        spm     %r7
        lghi    %r2,0x4000
        diag    %r2,%r0,0xc
        RECORD
        lghi    %r9,RES
        mvc     0xa0(40,%r9),0(%r2)     # what it stored, into the result area
        EXIT
