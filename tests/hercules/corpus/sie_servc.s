# SERVC (B220) in guest supervisor state is always intercepted: code 4, ipa = B220, ipb =
# R1R2 byte then zeros; the guest's registers are not touched (no condition code set).
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST
        GUEST_LOAD
        sie     0(%r15)
        RECORD
        sie     0(%r15)
        RECORD
        EXIT
        GUEST_AT
        llilf   %r1,0x00020001
        lghi    %r2,0x7000
        .long   0xb2200012              # SERVC R1=1,R2=2
        GEND
        GWAIT
        SIE_DATA
