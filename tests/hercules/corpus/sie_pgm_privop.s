# A privileged instruction (LCTLG) in guest problem state: privileged-operation exception
# delivered in the guest's own lowcore (code 0x0002, ILC 3, old PSW past the instruction, P
# bit on), no interception; the guest's program-new PSW is a disabled wait -> exit 0x1C.
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
        lctlg   %c0,%c0,0x7000
        GEND
        GWAIT
        SIE_DATA
