# Page translation (0x11), protection through the PTE protect bit (4, DAT-protection TEID) and
# segment translation (0x10): TEIDs and old PSWs in the log, instructions nullified/suppressed.
# TEID bits of ESOP-2 are not compared (Hercules 3.13 is at ESOP-1 level).
# ignore: ESOP2
        .include "common.s"
        .include "dat.inc"
        DAT_TABLES
        PTE_OR  9, 0x400
        PTE_OR  7, 0x200
        stosm   0x70(%r13),0x04
        lghi    %r5,5
        llilf   %r6,0x9010
        ONPGM   1f
        l       %r5,0(%r6)              # page translation
1:      llilf   %r6,0x7020
        ONPGM   2f
        mvhi    0(%r6),1                # protection
2:      llilf   %r6,0x100040
        ONPGM   3f
        l       %r5,0(%r6)              # segment translation (segment 1 invalid)
3:      stnsm   0x71(%r13),0xfb
        stg     %r5,8(%r13)
        EXIT
