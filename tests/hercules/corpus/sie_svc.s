# SVC in the guest is not intercepted (no SVC controls at SD 0x40): the guest takes it through
# its own lowcore (SVC code 0x42, ILC 1 halfword, old PSW past the SVC) and stops in its
# SVC-new wait PSW.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST
        GUEST_LOAD
        sie     0(%r15)
        RECORD
        llilf   %r1,GMSO
        lay     %r2,RES
        mvc     0xf0(4,%r2),0x88(%r1)
        mvc     0xf8(8,%r2),0x148(%r1)
        EXIT
        GUEST_AT
        lghi    %r1,1
        svc     0x42
        GEND
        GWAIT
        SIE_DATA
