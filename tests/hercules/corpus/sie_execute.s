# DIAGNOSE as the target of EXECUTE (EX, then EXRL): intercepted with the EXECUTE bit in the
# interception status; ipa/ipb hold the target as modified by R1 (R1R3 byte OR 0x30 -> 83 37),
# the guest PSW points past the EXECUTE instruction.  Bits 1-2 of the status (the EXECUTE's
# ILC, which real machines store and Hercules 3.13 does not) are masked out: see
# docs/testing-hercules.md; tests/unit/test_sie.c checks them.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST
        GUEST_LOAD
        sie     0(%r15)
        RECORD
        sie     0(%r15)
        RECORD
        sie     0(%r15)
        RECORD
        lghi    %r1,0x3000
        ni      0x01(%r1),0x9f
        ni      0x21(%r1),0x9f
        EXIT
        GUEST_AT
        larl    %r11,tgt
        lghi    %r1,0x30
        ex      %r1,0(%r11)
        exrl    %r1,tgt
        GEND
tgt:    diag    %r0,%r7,0x50
        GWAIT
        SIE_DATA
