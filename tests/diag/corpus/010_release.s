# DIAGNOSE X'010' release pages X'5000'-X'6000' (Rx the first page, Ry the last): they read as
# zeros afterwards and their storage keys are 0; X'4000' and X'7000' stay.
        .include "common.s"
        mviy    0x4000,0xaa
        mviy    0x5000,0xaa
        mviy    0x6fff,0xaa
        mviy    0x7000,0xaa
        lghi    %r6,0x36
        lghi    %r7,0x5000
        sske    %r6,%r7
        lghi    %r2,0x5000
        lghi    %r3,0x6000
        diag    %r2,%r3,0x10
        RECORD
        lghi    %r7,0x5000
        iske    %r8,%r7
        stcy    %r8,RES_DATA+4
        lghi    %r11,RES
        lgfi    %r12,0x4000
        mvc     0xa0(1,%r11),0(%r12)
        lghi    %r11,RES
        lgfi    %r12,0x5000
        mvc     0xa1(1,%r11),0(%r12)
        lghi    %r11,RES
        lgfi    %r12,0x6fff
        mvc     0xa2(1,%r11),0(%r12)
        lghi    %r11,RES
        lgfi    %r12,0x7000
        mvc     0xa3(1,%r11),0(%r12)
        EXIT
