# LCTLG interception by the LCTL mask (SD 0x44, CR0 = 0x8000): LCTLG c0,c0 is intercepted;
# LCTLG c1,c1 is not named and is interpreted (the new CR1 is stored back at SD 0x108);
# LCTLG c15,c0 wraps around to CR0 and is intercepted again.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST lctl=0x8000
        GUEST_LOAD
        llilf   %r1,GMSO
        larl    %r2,cr1val
        mvc     0x700(8,%r1),0(%r2)
        sie     0(%r15)
        RECORD
        sie     0(%r15)
        RECORD
        sie     0(%r15)
        RECORD
        lay     %r2,RES
        mvc     0xf0(8,%r2),0x108(%r15)
        mvc     0xf8(8,%r2),0x100(%r15)
        EXIT
        .balign 8
cr1val: .quad   0x0000000000123000
        GUEST_AT
        lctlg   %c0,%c0,0x700
        lctlg   %c1,%c1,0x700
        diag    %r0,%r0,0
        lctlg   %c15,%c0,0x700
        GEND
        GWAIT
        SIE_DATA
