# DIAGNOSE X'204' subcode X'00010005': the pages the extended format needs, in Ry+1.
        .include "common.s"
        lghi    %r2,0x5000
        llilf   %r4,0x00010005
        diag    %r2,%r4,0x204
        RECORD
        EXIT
