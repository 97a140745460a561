# Intervention requests (byte v): the external request (0x01) waits while the guest is
# disabled for external interruptions -- the guest runs to its DIAG -- and ends
# interpretation with code 0x10 (PSW unchanged) once the guest PSW enables them.  The I/O
# request (0x02) likewise gives 0x18 with an I/O-enabled PSW.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST
        GUEST_LOAD
        mvi     0(%r15),0x01
        sie     0(%r15)
        RECORD
        oi      0x90(%r15),0x01         # guest PSW: external on
        sie     0(%r15)
        RECORD
        mvi     0(%r15),0x02
        ni      0x90(%r15),0xfe
        oi      0x90(%r15),0x02         # guest PSW: I/O on
        sie     0(%r15)
        RECORD
        lay     %r2,RES
        mvc     0xf0(1,%r2),0(%r15)
        EXIT
        GUEST_AT
        diag    %r0,%r0,0
        diag    %r0,%r0,4
        GEND
        GWAIT
        SIE_DATA
