# DIAGNOSE whose function code comes from a base register: only bits 48-63 of the
# second-operand address are the code (R5 = X'12340044' gives X'044'), so it is a time-slice end.
        .include "common.s"
        iilf    %r5,0x12340044
        lghi    %r2,0x1234
        diag    %r2,%r2,0(%r5)
        RECORD
        EXIT
