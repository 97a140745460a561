# LPSW (ESA/390 8-byte PSW, bit 12 one) into 31-bit mode and LPSWE into 24-bit mode; EPSW and
# LA show the mode each time.  ILC of LPSW(E) is not observable; the PSWs carry cc 2.
        .include "common.s"
        lghi    %r1,-1
        larl    %r9,psw1
        lpsw    0(%r9)
1:      la      %r2,0(%r1)              # 31-bit
        epsw    %r3,%r4
        larl    %r9,psw2
        lpswe   0(%r9)
2:      la      %r5,0(%r1)              # 24-bit
        epsw    %r6,%r7
        sam64
        epsw    %r8,%r9
        stmg    %r1,%r9,RES
        EXIT
        .align  8
psw1:   .long   0x00082000, 0x80000000 + 1b
        .align  8
psw2:   .quad   0x0000100000000000, 2b
