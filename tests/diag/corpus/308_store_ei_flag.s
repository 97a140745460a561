# X'308' subcode 6 with Linux's DIAG308_FLAG_EI (bit 47): accepted, rc X'0102'.
        .include "common.s"
        lghi    %r2,0x4000
        llilf   %r4,0x10006
        diag    %r2,%r4,0x308
        RECORD
        EXIT
