# CKSM (checksum) over 17 bytes and CMPSC-free string ops: CLM with masks on storage.
        .include "common.s"
        lghi    %r1,0
        larl    %r2,data
        lghi    %r3,17
        cksm    %r1,%r2
        STCC    0
        stmg    %r1,%r3,8(%r13)
        EXIT
data:   .byte   1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,255
