# Guests in 31-bit and 24-bit addressing mode: the state description keeps the guest PSW in
# the 16-byte z/Architecture form with EA/BA as the guest left them; a DIAG interception
# stores the address past the DIAG in the mode's width.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST
        GUEST_LOAD
        llihf   %r1,0                   # 31-bit: EA 0, BA 1
        oilf    %r1,0x80000000
        stg     %r1,0x90(%r15)
        sie     0(%r15)
        RECORD
        xc      0x90(8,%r15),0x90(%r15) # 24-bit, carrying on after the first DIAG
        sie     0(%r15)
        RECORD
        EXIT
        GUEST_AT
        diag    %r0,%r0,0x10
        lghi    %r1,-1
        la      %r2,1(%r1)              # 24-bit LA wraps to 0
        diag    %r0,%r0,0x14
        SIE_DATA
