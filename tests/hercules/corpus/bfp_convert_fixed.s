# CEFBR/CDFBR/CXFBR/CEGBR/CDGBR/CXGBR: integer to BFP, exact and rounded (2^53+1, 2^24+1).
        .include "common.s"
        lhi     %r1,-7
        cdfbr   %f0,%r1
        cefbr   %f1,%r1
        cxfbr   %f4,%r1
        llilf   %r2,0x01000001          # 2^24 + 1: inexact in short
        cefbr   %f2,%r2
        llihf   %r3,0x00200000
        oill    %r3,1                   # 2^53 + 1: inexact in long
        cdgbr   %f3,%r3
        cegbr   %f5,%r3
        cxgbr   %f8,%r3
        lghi    %r4,0
        cdgbr   %f9,%r4                 # +0
        EXIT
