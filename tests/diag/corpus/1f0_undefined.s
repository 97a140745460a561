# DIAGNOSE X'1F0', an installation code (X'100'-X'1FC') no DEFINE DIAGNOSE defined:
# specification exception.
        .include "common.s"
        lghi    %r2,5
        diag    %r2,%r2,0x1f0
        RECORD
        EXIT
