# Addressing exceptions beyond 16 MiB: operand fetch (suppressed), store by MVC (suppressed,
# no partial store into the valid first page) and instruction fetch from a branch target.
# The ILC and old-PSW address of the instruction-fetch case are not compared (the PoP leaves
# the ILC unpredictable there).
# ignore: STOR:30D1-30D1 STOR:30E8-30EF
        .include "common.s"
        llilf   %r2,0x2000000
        lghi    %r3,3
        ONPGM   1f
        l       %r3,0(%r2)
1:      llilf   %r4,0xfffff8            # last 8 bytes of storage
        mvc     0x40(16,%r13),0x50(%r13)
        ONPGM   2f
        mvc     0(16,%r4),0x40(%r13)    # crosses the end of storage
2:      lg      %r5,0(%r4)
        br      %r2                     # instruction fetch: ends the run
        EXIT
