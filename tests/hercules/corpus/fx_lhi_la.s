# LA/LAY/LARL/LGHI/LHI/LGFI/LR/LGR/LA in 24/31/64-bit modes (address wrap in LA).
        .include "common.s"
        lghi    %r1,-1
        la      %r2,4095(%r1,%r1)       # 64-bit: -2 + 4095
        lay     %r3,-1(%r0,%r0)
        larl    %r4,here
here:   lgfi    %r5,-123456789
        lhi     %r6,-1
        lr      %r7,%r6
        lgr     %r8,%r1
        sam31
        la      %r9,0(%r1)              # 31-bit: bit 0 of the low word cleared, high kept
        sam24
        la      %r10,1(%r1)             # 24-bit wrap
        lay     %r11,-2(%r0)
        sam64
        stmg    %r1,%r11,RES
        EXIT
