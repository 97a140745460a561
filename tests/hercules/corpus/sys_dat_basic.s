# DAT on with an identity page table: loads and stores through translation, LRAG of a valid
# and an invalid page (cc 0 / cc 3), and LRA in 64-bit mode.
        .include "common.s"
        .include "dat.inc"
        DAT_TABLES
        PTE_OR  9, 0x400
        stosm   0x70(%r13),0x04         # DAT on
        llilf   %r5,0x5000
        mvhi    0(%r5),0x4321
        l       %r6,0(%r5)
        lrag    %r7,0x5008(%r0)
        STCC    0
        lrag    %r8,0x9000(%r0)
        STCC    1
        stnsm   0x71(%r13),0xfb         # DAT off
        stmg    %r5,%r8,8(%r13)
        EXIT
