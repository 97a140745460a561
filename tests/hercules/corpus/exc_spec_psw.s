# LPSWE of a PSW with bit 31 (EA) set but bit 32 (BA) clear: early specification exception,
# ILC 0, old PSW is the invalid PSW (the handler then ends the run).
        .include "common.s"
        larl    %r9,bad
        lpswe   0(%r9)
        EXIT
        .align  8
bad:    .quad   0x0000000100000000, 0x2100
