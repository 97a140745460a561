# An I/O instruction (STSCH) in guest supervisor state is intercepted with code 4 (ipa B234,
# ipb = B2D2) on Hercules 3.13.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST
        GUEST_LOAD
        sie     0(%r15)
        RECORD
        EXIT
        GUEST_AT
        llilf   %r1,0x00010000
        stsch   0x700
        GEND
        GWAIT
        SIE_DATA
