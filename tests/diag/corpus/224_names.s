# DIAGNOSE X'224': the EBCDIC CPU type names into the page at Ry: byte 0 the number of entries - 1,
# then 16-byte names from offset 16.
        .include "common.s"
        lghi    %r2,0
        lghi    %r3,0x5000
        diag    %r2,%r3,0x224
        RECORD
        lghi    %r11,RES
        lgfi    %r12,0x5000
        mvc     0xa0(96,%r11),0(%r12)
        EXIT
