# ic byte 0 bit 0x40 (intercept privileged-operation exceptions): LCTLG in guest problem
# state ends interpretation with code 8, program code 2 and ILC 6 in the state description,
# instead of being delivered in the guest lowcore; f, ipa and ipb are zero (Hercules 3.13).
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST ic=0x40000000, pswhi=0x00010001
        GUEST_LOAD
        sie     0(%r15)
        RECORD
        GUEST_PGMINFO
        EXIT
        GUEST_AT
        lctlg   %c0,%c0,0x700
        GEND
        GWAIT
        SIE_DATA
