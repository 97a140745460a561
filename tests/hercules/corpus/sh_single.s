# SLL/SRL/SLA/SRA/SLLK/SRLK/SLAK/SRAK: 32-bit shifts, amounts from D2+B2 low 6 bits, cc.
        .include "common.s"
        lghi    %r1,-1
        iilf    %r1,0x12345678
        lgr     %r2,%r1
        sll     %r2,4
        lgr     %r3,%r1
        srl     %r3,12
        lgr     %r4,%r1
        sla     %r4,3                   # overflow (mask off): cc 3
        STCC    0
        lgr     %r5,%r1
        lhi     %r9,33
        sra     %r5,0(%r9)              # 33 shifts: all sign
        STCC    1
        sllk    %r6,%r1,64+8            # only 6 bits of the address used
        srlk    %r7,%r1,31
        slak    %r8,%r1,0
        STCC    2
        llilf   %r10,0xc0000000
        srak    %r11,%r10,2
        STCC    3
        slak    %r12,%r10,1             # overflow: cc 3
        STCC    4
        stmg    %r1,%r12,RES+8
        EXIT
