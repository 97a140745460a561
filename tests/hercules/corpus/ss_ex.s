# EX/EXRL: modify the length of MVC, the mask of BRC and the immediate of MVI; R1=0 means no OR.
        .include "common.s"
        lghi    %r1,3
        larl    %r10,src
        larl    %r9,mv
        ex      %r1,0(%r9)
        lghi    %r1,0x7a
        exrl    %r1,mi
        lghi    %r0,0xff
        larl    %r9,mi2
        ex      %r0,0(%r9)                # R1 = 0: executed unmodified
        lghi    %r2,0
        lghi    %r1,0x80
        larl    %r9,br
        ex      %r1,0(%r9)                # BRC 8 on cc 0 (ltr below) taken
        lghi    %r2,1
br2:    stg     %r2,0x18(%r13)
        EXIT
mv:     mvc     0(1,%r13),0(%r10)
mi:     mvi     8(%r13),0
mi2:    mvi     9(%r13),0x11
br:     brc     0,br2
src:    .ascii  "EXECUTE!"
