# The guest CPU timer: SD cputm negative, guest CR0 CPU-timer subclass on, guest PSW enabled:
# the interruption is pending at entry.  Hercules 3.13 ends interpretation with code 0x14, the
# guest PSW unchanged, SD 0xC4 = external CPU address 0 and code 0x1005, the guest lowcore
# untouched (the host reflects it, cf. KVM's ICPT_EXTINT handling).
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST pswhi=0x01000001
        GUEST_LOAD
        lghi    %r1,0x400
        stg     %r1,0x100(%r15)
        mvghi   0x28(%r15),-0x1000
        sie     0(%r15)
        RECORD
        llilf   %r1,GMSO
        lay     %r2,RES
        mvc     0xf0(4,%r2),0x84(%r1)
        mvc     0xf4(4,%r2),0xc4(%r15)           # SD: external CPU address, code
        mvc     0xf8(8,%r2),0x138(%r1)
        EXIT
        GUEST_AT
        diag    %r0,%r0,0
        SIE_DATA
