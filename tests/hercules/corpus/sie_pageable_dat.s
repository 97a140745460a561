# A pageable guest (m = 0) goes through the host's DAT tables: guest absolute + MSO is a host
# primary virtual address, even with host DAT off.  The host maps guest page 0x7000 (host
# virtual 0x107000) to host real 0x150000 and puts data there, and writes a decoy at the
# identity address 0x107000: the guest must read the data, and its store to 0x7008 must land
# at host real 0x150008.  zsie does not translate pageable guests yet (known failure).
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        GUEST_LOAD
        SD_GUEST
        llilf   %r1,0x150000            # PTE of host virtual 0x107000
        stg     %r1,0x11800+8*7
        llilf   %r1,0x150000
        mvhi    0(%r1),0x1111
        mvhi    4(%r1),0x2222
        llilf   %r1,0x107000
        mvhi    0(%r1),-1               # decoy at the identity address
        mvhi    4(%r1),-1
        sie     0(%r15)
        RECORD
        lay     %r2,RES
        llilf   %r1,0x150000
        mvc     0xf0(8,%r2),8(%r1)
        llilf   %r1,0x107000
        mvc     0xf8(8,%r2),8(%r1)
        EXIT
        GUEST_AT
        llill   %r5,0x7000
        lg      %r4,0(%r5)
        aghi    %r4,0x55
        stg     %r4,8(%r5)
        GEND
        GWAIT
        SIE_DATA
