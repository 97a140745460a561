# SERVC in guest problem state: the privileged-operation check comes before the interception,
# so the guest takes a program interruption (code 2, ILC 4) in its own lowcore and stops in
# its program-new disabled wait (exit 0x1C) -- the opposite of DIAGNOSE.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST pswhi=0x00010001
        GUEST_LOAD
        sie     0(%r15)
        RECORD
        GUEST_PGMINFO
        EXIT
        GUEST_AT
        .long   0xb2200012              # SERVC R1=1,R2=2
        GEND
        GWAIT
        SIE_DATA
