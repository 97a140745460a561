# MVC: plain moves of 1 and 256 bytes, lengths via EX.
        .include "common.s"
        larl    %r10,src
        mvc     0(16,%r13),0(%r10)
        mvc     16(1,%r13),20(%r10)
        lghi    %r1,6
        exrl    %r1,mv
        EXIT
mv:     mvc     0x20(1,%r13),0(%r10)
src:    .ascii  "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"
