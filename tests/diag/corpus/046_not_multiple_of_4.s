# DIAGNOSE with function code X'046', not a multiple of 4 (it lies between X'044' time-slice
# end and X'048'): a specification exception, nothing changed.
        .include "common.s"
        lghi    %r2,7
        diag    %r2,%r2,0x46
        RECORD
        EXIT
