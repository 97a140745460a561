# The guest sets its own CPU timer (SPT interpreted) to a small value, enables the CPU-timer
# subclass and external interruptions, and spins.  When the timer runs out Hercules 3.13 ends
# interpretation with code 0x14 and the PSW at the spin loop, SD 0xC4 = 0 / 0x1005, the guest
# lowcore untouched.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST
        GUEST_LOAD
        lghi    %r1,0x400
        stg     %r1,0x100(%r15)
        llilf   %r1,GMSO
        mvghi   0x700(%r1),0x1000
        sie     0(%r15)
        RECORD
        llilf   %r1,GMSO
        lay     %r2,RES
        mvc     0xf0(4,%r2),0x84(%r1)
        mvc     0xf4(4,%r2),0xc4(%r15)           # SD: external CPU address, code
        mvc     0xf8(8,%r2),0x138(%r1)
        EXIT
        GUEST_AT
        spt     0x700
        stosm   0x708,0x01
spin:   j       spin
        SIE_DATA
