# DIAGNOSE X'000' with Ry = 100: at most 40 bytes are stored and Ry is decreased by 40.
        .include "common.s"
        mviy    0x4000,0xff
        lgfi    %r12,0x4000
        mvc     1(63,%r12),0(%r12)
        lghi    %r2,0x4000
        lghi    %r3,100
        diag    %r2,%r3,0x0
        RECORD
        lghi    %r11,RES
        lgfi    %r12,0x4000
        mvc     0xa0(48,%r11),0(%r12)
        EXIT
