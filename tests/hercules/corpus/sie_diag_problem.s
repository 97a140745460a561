# DIAGNOSE in guest problem state: still intercepted (code 4, status 0x80), not a
# privileged-operation exception in the guest -- the host must check the guest PSW P bit
# itself (facts.md 2).  The stored guest PSW keeps P = 1 and points past the DIAG.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST pswhi=0x00010001
        GUEST_LOAD
        sie     0(%r15)
        RECORD
        mvi     0x91(%r15),0x00         # host emulates "done": back to supervisor, go on
        sie     0(%r15)
        RECORD
        EXIT
        GUEST_AT
        lghi    %r4,4
        diag    %r4,%r5,0x10
        GEND
        GWAIT
        SIE_DATA
