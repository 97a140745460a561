# Low-address protection in the guest (guest CR0 bit 35): MVI to guest real 0x100 is a
# protection exception.  Hercules 3.13 intercepts it (code 8, ILC 4, code 4 in SD 0xCC; its
# protection-interpretation feature is off), the store does not happen (suppression).
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST
        GUEST_LOAD
        llilf   %r1,0x10000000
        stg     %r1,0x100(%r15)
        sie     0(%r15)
        RECORD
        GUEST_PGMINFO
        llilf   %r1,GMSO
        lay     %r2,RES
        mvc     0xe0(1,%r2),0x100(%r1)
        EXIT
        GUEST_AT
        mvi     0x100,0xff
        GEND
        GWAIT
        SIE_DATA
