# Register passing: the guest's GR0-13 and FPRs are the host's own registers at SIE (the guest
# sees the host's values and its changes come back in the host registers), and so is the FPC
# (the guest's SFPC shows in the host FPC); GR14/15 come from
# and go back to the state description (SD 0xA0/0xA8), the host's R14/R15 stay its own.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST
        GUEST_LOAD
        lghi    %r1,0xe0
        stg     %r1,0xa0(%r15)
        lghi    %r1,0xf0
        stg     %r1,0xa8(%r15)
        llilf   %r1,0x40000             # guest CR0: AFP registers usable
        stg     %r1,0x100(%r15)
        lghi    %r0,0x02
        lghi    %r1,0x11
        lghi    %r2,0x12
        lghi    %r3,0x13
        lghi    %r4,0x14
        lghi    %r5,0x15
        lghi    %r6,0x16
        lghi    %r7,0x17
        lghi    %r8,0x18
        lghi    %r9,0x19
        lghi    %r10,0x1a
        lghi    %r11,0x1b
        lghi    %r12,0x1c
        lghi    %r13,0x1d
        ldgr    %f1,%r1
        sie     0(%r15)
        RECORD
        mvc     0xd0(16,%r14),0xa0(%r15)        # RES+0xF0: SD GR14, GR15
        EXIT
        GUEST_AT
        stmg    %r0,%r15,0x700          # what the guest saw, at guest 0x700
        sfpc    %r0                     # the guest FPC is the host's FPC after SIE
        aghi    %r0,0x100
        aghi    %r1,0x100
        aghi    %r2,0x100
        aghi    %r3,0x100
        aghi    %r4,0x100
        aghi    %r5,0x100
        aghi    %r6,0x100
        aghi    %r7,0x100
        aghi    %r8,0x100
        aghi    %r9,0x100
        aghi    %r10,0x100
        aghi    %r11,0x100
        aghi    %r12,0x100
        aghi    %r13,0x100
        aghi    %r14,0x100
        aghi    %r15,0x100
        lgdr    %r9,%f1                 # the host's FPR1, seen by the guest
        ldgr    %f3,%r13                # comes back in the host's FPR3
        diag    %r0,%r0,0
        SIE_DATA
