# CU21 and TRE in the 31-bit mode: addresses come from bits 33-63 and are put back in
# bits 32-63 (bit 32 zero), lengths are bits 32-63; bits 0-31 of every register unchanged.
        .include "common.s"
        larl    %r10,u16
        sam31
        llihf   %r2,0xaaaaaaaa
        oilf    %r2,0x80003010          # bit 32 one: ignored in the 31-bit mode
        llihf   %r3,0xbbbbbbbb
        oilf    %r3,16
        llihf   %r4,0xcccccccc
        lr      %r4,%r10
        llihf   %r5,0xdddddddd
        oilf    %r5,4
        cu21    %r2,%r4
        STCC    0
        llihf   %r6,0xeeeeeeee
        oilf    %r6,0x80003010
        llihf   %r7,0x11111111
        oilf    %r7,3
        lgr     %r8,%r10
        oihf    %r8,0x22222222
        lghi    %r0,0x7f
        tre     %r6,%r8
        STCC    1
        sam64
        EXIT
        .align  8
u16:    .short  0x0041, 0x00e9
        .fill   252,1,0x61
