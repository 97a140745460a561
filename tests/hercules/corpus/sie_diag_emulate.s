# A host emulating a DIAGNOSE: after the interception it puts a return code in the guest's R3
# (its own R3: GR0-13 travel in the host registers) and CC 1 in the guest PSW (SD 0x92), then
# re-enters.  The guest sees both: BRC on CC 1 is taken and R3 is stored at guest 0x700.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST
        GUEST_LOAD
        sie     0(%r15)
        RECORD
        lghi    %r3,0x42
        ni      0x92(%r15),0xcf
        oi      0x92(%r15),0x10         # CC 1
        sie     0(%r15)
        RECORD
        llilf   %r1,GMSO
        lay     %r2,RES
        mvc     0xf0(8,%r2),0x700(%r1)
        EXIT
        GUEST_AT
        lghi    %r3,-1
        diag    %r2,%r3,0x0c
        brc     4,1f
        lghi    %r3,-2
1:      stg     %r3,0x700
        lghi    %r7,7
        diag    %r0,%r0,0
        SIE_DATA
