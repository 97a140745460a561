# SSM in guest problem state with the SSM interception control on: the privileged-operation
# check comes first, so the guest takes code 2 in its own lowcore (exit 0x1C at its
# program-new wait), no interception.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST ic=0x00100000, pswhi=0x00010001
        GUEST_LOAD
        sie     0(%r15)
        RECORD
        GUEST_PGMINFO
        EXIT
        GUEST_AT
        ssm     0x700
        GEND
        GWAIT
        SIE_DATA
