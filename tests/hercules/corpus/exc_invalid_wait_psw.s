# F10 (issue 10): LPSWE of a wait PSW that is invalid (bit 12 one): Hercules takes 0006, ILC 0.
        .include "common.s"
        larl    %r9,bad
        ONPGM   1f
        lpswe   0(%r9)
1:      EXIT
        .align  8
bad:    .quad   0x000a000180000000, 0x4000
