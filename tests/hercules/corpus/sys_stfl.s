# STFL stores the facility list at 0xC8 and STFLE into storage: only bits 1-2 (z/Architecture
# installed and active) of the first byte are compared; STFLE's count depends on the machine.
        .include "common.s"
        stfl    0
        llgc    %r1,0xc8
        nill    %r1,0x60
        stg     %r1,0(%r13)
        lghi    %r0,3
        stfle   0x40(%r13)
        llgc    %r2,0x40(%r13)
        nill    %r2,0x60
        stg     %r2,8(%r13)
        xc      0x40(32,%r13),0x40(%r13)
        lghi    %r0,0
        EXIT
