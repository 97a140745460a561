# DIAGNOSE X'204' subcode X'00010007' with Ry+1 = 0 pages: return code 8 and the pages
# needed; nothing stored.
        .include "common.s"
        lghi    %r2,0x5000
        llilf   %r4,0x00010007
        lghi    %r5,0
        diag    %r2,%r4,0x204
        RECORD
        EXIT
