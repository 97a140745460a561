# DIAGNOSE X'00C' pseudo timer: 32 bytes at Rx: MM/DD/YY and HH:MM:SS in EBCDIC, then the
# virtual and total CPU times.  The CC is set to 2 first: it stays.
        .include "common.s"
        iilf    %r5,0x20000000
        spm     %r5
        lghi    %r2,0x4000
        diag    %r2,%r0,0xc
        RECORD
        lghi    %r11,RES
        lgfi    %r12,0x4000
        mvc     0xa0(40,%r11),0(%r12)
        EXIT
