# DIAGNOSE X'000' with Ry = 10: only the first 10 bytes are stored, Ry becomes 0.  The area
# is set to X'FF' first so that a longer store would show.
        .include "common.s"
        mviy    0x4000,0xff
        lgfi    %r12,0x4000
        mvc     1(47,%r12),0(%r12)
        lghi    %r2,0x4000
        lghi    %r3,10
        diag    %r2,%r3,0x0
        RECORD
        lghi    %r11,RES
        lgfi    %r12,0x4000
        mvc     0xa0(48,%r11),0(%r12)
        EXIT
