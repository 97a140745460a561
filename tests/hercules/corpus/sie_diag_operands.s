# DIAGNOSE operand fields reach the host unchanged in ipa/ipb: R1/R3 in the low byte of ipa,
# B2/D2 in the high halfword of ipb, whatever the registers hold (no address is formed).
# Three DIAGs, the host re-enters after each; the last exit is the guest's disabled wait.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST
        GUEST_LOAD
        lghi    %r9,3
1:      sie     0(%r15)
        RECORD
        brct    %r9,1b
        sie     0(%r15)
        RECORD
        EXIT
        GUEST_AT
        diag    %r0,%r0,0
        diag    %r15,%r14,0xffc(%r13)
        diag    %r7,%r8,0x308
        GEND
        GWAIT
        SIE_DATA
