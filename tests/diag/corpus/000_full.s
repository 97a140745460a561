# DIAGNOSE X'000' with Ry = 40: the whole extended-identification code (40 bytes) at Rx;
# Ry is decreased by the bytes stored.
        .include "common.s"
        lghi    %r2,0x4000
        lghi    %r3,40
        diag    %r2,%r3,0x0
        RECORD
        lghi    %r11,RES
        lgfi    %r12,0x4000
        mvc     0xa0(40,%r11),0(%r12)
        EXIT
