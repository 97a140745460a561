# CFI/CGFI/CLFI/CLGFI/CLHHSI/CHSI/CGHSI/CLFHSI/CLRL/CRL/CGRL: extended-immediate and GIE compares.
        .include "common.s"
        lhi     %r1,-7
        cfi     %r1,-8
        STCC    0
        clfi    %r1,8
        STCC    1
        lghi    %r2,100
        cgfi    %r2,100
        STCC    2
        clgfi   %r2,0xffffffff
        STCC    3
        larl    %r10,val
        larl    %r11,val8
        chsi    0(%r10),-2
        STCC    4
        cghsi   0(%r11),300
        STCC    5
        clhhsi  0(%r10),0xfff0
        STCC    6
        clfhsi  0(%r10),0x10
        STCC    7
        crl     %r1,val
        STCC    8
        clrl    %r1,val
        STCC    9
        cgrl    %r2,val8
        STCC    10
        EXIT
        .align  8
val:    .long   0xfffffffe
        .align  8
val8:   .quad   300
