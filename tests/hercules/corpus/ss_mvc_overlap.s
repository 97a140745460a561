# Overlapping MVC moves byte by byte left to right: the one-byte-offset memset idiom,
# a backward overlap (plain copy) and a two-byte pattern propagation.
        .include "common.s"
        mvi     0(%r13),0x5c
        mvc     1(63,%r13),0(%r13)      # propagate 0x5C
        mvi     0x40(%r13),0x01
        mvi     0x41(%r13),0x02
        mvc     0x42(30,%r13),0x40(%r13) # propagate 01 02
        larl    %r10,src
        mvc     0x60(16,%r13),0(%r10)
        mvc     0x60(15,%r13),0x61(%r13) # source right of destination: ordinary copy
        EXIT
src:    .ascii  "0123456789abcdef"
