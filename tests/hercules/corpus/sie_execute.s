# DIAGNOSE as the target of EXECUTE (EX, then EXRL): intercepted with the EXECUTE bit in the
# interception status; ipa/ipb hold the target as modified by R1 (R1R3 byte OR 0x30 -> 83 37),
# the guest PSW points past the EXECUTE instruction.
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
