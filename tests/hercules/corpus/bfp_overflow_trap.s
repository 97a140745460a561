# Overflow and underflow traps (masks on): data exceptions with IEEE DXCs.  Only the
# interruption codes and old PSWs are compared: Hercules 3.13 delivers the unscaled results
# (inf, denormal) and DXC 0x28 for the exact scaled overflow, where the PoP wants the results
# scaled by 2^-1536 / 2^1536 and DXC 0x20 -- zsie's values there need their own unit test.
# ignore: GR1 GR2 FPR0 FPR1 FPC STOR:3000-300F STOR:3070-3077 STOR:3094-3097 STOR:30B4-30B7
        .include "common.s"
        larl    %r10,c
        lfpc    24(%r10)                # overflow and underflow traps enabled
        ld      %f0,0(%r10)             # max
        ONPGM   1f
        mdb     %f0,8(%r10)             # * 2 overflows: scaled result delivered
1:      efpc    %r1
        st      %r1,0x70(%r13)
        ld      %f1,16(%r10)            # min normal
        ONPGM   2f
        ddb     %f1,32(%r10)            # / 3: tiny and inexact
2:      efpc    %r2
        st      %r2,0x74(%r13)
        std     %f0,0(%r13)
        std     %f1,8(%r13)
        EXIT
        .align  8
c:      .quad   0x7fefffffffffffff, 0x4000000000000000, 0x0010000000000000
        .long   0x30000000, 0
        .quad   0x4008000000000000
