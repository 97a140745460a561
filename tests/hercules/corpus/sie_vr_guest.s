# A V=R (preferred) guest: m = 0x08, MSO = 0, 1 MiB.  Guest absolute = host absolute, so the
# guest runs the image's code where it is and writes straight into the host's result area;
# its prefix 0x8000 keeps its lowcore away from the host's.  DIAG is intercepted as usual;
# after re-entry an operation exception goes through the guest lowcore at 0x8000.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST mso=0, mse=0, m=0x08, prefix=0x8000
        GUEST_LOAD mso=0, prefix=0x8000, code=0
        sie     0(%r15)
        RECORD
        sie     0(%r15)
        RECORD
        GUEST_PGMINFO lc=0x8000
        EXIT
        GUEST_AT
        llill   %r4,0x3000
        mvhi    0xe0(%r4),0x1234        # RES+0xE0 from inside the guest
        diag    %r1,%r2,0x2fc
        .short  0x0000
        SIE_DATA
