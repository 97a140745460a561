# DIAGNOSE as the target of EXECUTE (EX, then EXRL): intercepted with the EXECUTE bit in the
# interception status; ipa/ipb hold the target as modified by R1 (R1R3 byte OR 0x30 -> 83 37),
# the guest PSW points past the EXECUTE instruction.
# Bits 1-2 of the interception status (SD+0x51, mask X'60') carry the EXECUTE's length (EX 4:
# X'40', EXRL 6: X'60'), as the machine reports it and Linux's KVM reads it; Hercules 3.13
# leaves them zero, so those bits are not compared.
# ignore: STOR:3001/60 STOR:3021/60
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
