# The timing-facility interception controls: ic byte 2 0x80 (STCK), byte 3 0x40 (SPT, STPT)
# and 0x20 (SCKC, STCKC).  With all three on, each of the five instructions is intercepted
# (code 4) and nothing is stored; the host re-enters after each.  Exit n leaves ipa and the
# first halfword of ipb at 0x3000 + 4n; the last exit is the guest's DIAG.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST ic=0x00008060
        GUEST_LOAD
1:      sie     0(%r15)
        mvc     0(4,%r14),0x56(%r15)
        la      %r14,4(%r14)
        cli     0x57(%r15),0x00         # the DIAG (8300) ends the loop
        jne     1b
        lay     %r2,RES
        mvc     0x40(24,%r2),0x90(%r15)  # guest PSW, GR14
        llilf   %r1,GMSO
        mvc     0xf0(16,%r2),0x700(%r1)  # nothing stored by the guest
        EXIT
        GUEST_AT
        stck    0x700
        spt     0x708
        sckc    0x708
        stpt    0x700
        stckc   0x708
        diag    %r0,%r0,0
        SIE_DATA
