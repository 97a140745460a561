# The ILC recorded for the same exception (fixed-point divide) in 2-, 4- and 6-byte
# instructions, and for an exception in the target of EX (ILC of the EX).
        .include "common.s"
        lghi    %r2,0
        lghi    %r3,1
        lghi    %r4,0
        ONPGM   1f
        dr      %r2,%r4
1:      ONPGM   2f
        d       %r2,0x40(%r13)
2:      larl    %r9,3f
        ex      %r0,0(%r9)
        EXIT
3:      dlg     %r2,0x40(%r13)
