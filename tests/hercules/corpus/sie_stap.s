# STAP in guest supervisor state is intercepted (code 4, ipa B212) on Hercules 3.13, as KVM's
# B212 handler implies for real machines; the host supplies the guest CPU address itself.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST
        GUEST_LOAD
        mvi     0x47(%r15),0x05
        sie     0(%r15)
        RECORD
        llilf   %r1,GMSO
        lay     %r2,RES
        mvc     0xf0(2,%r2),0x700(%r1)
        EXIT
        GUEST_AT
        stap    0x700
        GEND
        GWAIT
        SIE_DATA
