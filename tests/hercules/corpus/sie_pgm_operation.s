# An operation exception (opcode 0x00) in the guest with ic clear: delivered in the guest
# lowcore (code 1, ILC 1 halfword, old PSW past the 2-byte instruction), no interception.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST
        GUEST_LOAD
        sie     0(%r15)
        RECORD
        GUEST_PGMINFO
        EXIT
        GUEST_AT
        lghi    %r1,1
        .short  0x0000
        GEND
        GWAIT
        SIE_DATA
