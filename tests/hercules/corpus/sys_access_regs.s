# SAR/EAR/LAM/STAM/LAMY/STAMY/CPYA: access registers (no effect in primary mode).
        .include "common.s"
        lhi     %r1,0x1234
        sar     %a1,%r1
        ear     %r2,%a1
        larl    %r10,v
        lam     %a2,%a5,0(%r10)
        stam    %a0,%a5,0(%r13)
        cpya    %a6,%a3
        stamy   %a6,%a6,0x18(%r13)
        lamy    %a15,%a0,0(%r10)
        stam    %a15,%a15,0x1c(%r13)
        stg     %r2,0x20(%r13)
        lam     %a0,%a15,0x40(%r13)     # zeros
        EXIT
        .align  8
v:      .long   0x11111111, 0x22222222, 0x33333333, 0x44444444
