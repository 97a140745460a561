# DIAGNOSE X'260' subcode X'10' with an odd Rx (it designates an even-odd pair):
# specification exception.
        .include "common.s"
        lghi    %r3,0x4000
        lghi    %r4,16
        lghi    %r6,0x10
        diag    %r3,%r6,0x260
        RECORD
        EXIT
