# A guest with its own DAT on (guest PSW T bit, guest CR1 = segment table at guest real
# 0x10000): guest virtual -> guest real (its tables, in guest storage) -> guest absolute ->
# host.  Virtual page 0x20 maps to guest real 0x30000 (host 0x130000); virtual page 0x40 is
# invalid, and the page-translation exception (code 0x11, nullifying: old PSW at the LG, TEID
# = the address) goes to the guest's own lowcore -- not intercepted.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST pswhi=0x04000001
        GUEST_LOAD
        llilf   %r1,0x10000             # guest CR1: segment table, 512 entries
        stg     %r1,0x108(%r15)
        llilf   %r2,GMSO+0x10000
        lghi    %r3,512
        lghi    %r1,0x20
1:      stg     %r1,0(%r2)
        la      %r2,8(%r2)
        brct    %r3,1b
        llilf   %r1,0x11000             # segment 0 -> page table at guest real 0x11000
        llilf   %r2,GMSO+0x10000
        stg     %r1,0(%r2)
        llilf   %r2,GMSO+0x11000
        lghi    %r3,256
        lghi    %r1,0
2:      stg     %r1,0(%r2)
        la      %r2,8(%r2)
        agfi    %r1,0x1000
        brct    %r3,2b
        llilf   %r2,GMSO+0x11000
        llilf   %r1,0x30000
        stg     %r1,8*0x20(%r2)
        lghi    %r1,0x400               # PTE invalid
        stg     %r1,8*0x40(%r2)
        sie     0(%r15)
        RECORD
        GUEST_PGMINFO
        llilf   %r1,GMSO
        lay     %r2,RES
        mvc     0xe0(8,%r2),0xa8(%r1)   # guest TEID
        llilf   %r1,GMSO+0x30000
        mvc     0xe8(8,%r2),0(%r1)
        EXIT
        GUEST_AT
        lghi    %r1,0x77
        llilf   %r5,0x20000
        stg     %r1,0(%r5)
        llilf   %r6,0x40000
        lg      %r2,0(%r6)
        GEND
        GWAIT
        SIE_DATA
