# Segment index beyond the table length (segment translation), ASCE-type exception for an
# address above 2 GiB with a segment-table ASCE, and IPTE of a valid page then a fault on it.
        .include "common.s"
        .include "dat.inc"
        DAT_TABLES
        stosm   0x70(%r13),0x04
        llilh   %r6,0x2000              # 0x20000000: segment index 512, beyond TL 0
        ONPGM   1f
        l       %r5,0(%r6)
1:      llihf   %r6,1                   # 0x100000000: ASCE type
        ONPGM   2f
        l       %r5,0(%r6)
2:      llilf   %r2,0x11000
        llilf   %r3,0x6000
        ipte    %r2,%r3                 # invalidate page 6
        llilf   %r6,0x6008
        l       %r5,0(%r6)              # page translation, ends the run
        EXIT
