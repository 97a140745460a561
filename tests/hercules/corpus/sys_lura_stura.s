# LURA/STURA/LURAG/STURG: real-address accesses with DAT on reach the real page regardless of
# translation (page 9 invalid in the tables).
        .include "common.s"
        .include "dat.inc"
        DAT_TABLES
        PTE_OR  9, 0x400
        llilf   %r6,0x9000
        lghi    %r1,0x77
        stosm   0x70(%r13),0x04
        stura   %r1,%r6
        lura    %r2,%r6
        lghi    %r3,-2
        sturg   %r3,%r6
        lurag   %r4,%r6
        stnsm   0x71(%r13),0xfb
        lg      %r5,0(%r6)
        stmg    %r1,%r5,8(%r13)
        EXIT
