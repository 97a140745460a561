# The guest clock comparator.  Entry 1: SD ckc = 0 (always past), guest CR0 clock-comparator
# subclass on, guest PSW enabled for external interruptions: the interruption is pending before
# the first guest instruction.  Hercules 3.13 does not present it inside the guest: it ends
# interpretation with code 0x14 (external interruption), the guest PSW unchanged, the code
# 0x1004 in SD 0xC6 (external CPU address in 0xC4), the guest lowcore untouched -- the host
# reflects it (as KVM does for its ICPT_EXTINT exits).  Entry 2: the guest sets its comparator
# to the maximum (SCKC interpreted), enables, and reaches its DIAG; SD ckc then holds the new
# value (bits 0-55 compared: the resolution below is model-dependent).
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST pswhi=0x01000001
        GUEST_LOAD
        lghi    %r1,0x800
        stg     %r1,0x100(%r15)
        llilf   %r1,GMSO
        mvghi   0x700(%r1),-1
        sie     0(%r15)
        RECORD
        llilf   %r1,GMSO
        lay     %r2,RES
        mvc     0xf0(4,%r2),0x84(%r1)
        mvc     0xf4(4,%r2),0xc4(%r15)           # guest lowcore / SD 0xC4: external CPU address, code
        mvc     0xf8(8,%r2),0x138(%r1)          # external old PSW address
        llihf   %r1,0x00000001                  # entry 2: disabled, at the guest code
        oilf    %r1,0x80000000
        stg     %r1,0x90(%r15)
        lghi    %r1,GCODE
        stg     %r1,0x98(%r15)
        sie     0(%r15)
        RECORD
        lay     %r2,RES
        mvc     0xe0(7,%r2),0x30(%r15)          # bits 0-55: below, resolution varies
        EXIT
        GUEST_AT
        sckc    0x700
        stosm   0x708,0x01
        diag    %r0,%r0,0
        SIE_DATA
