# Channel-subsystem instructions: CC 3 for a valid subsystem id (GR1 bits 32-47 = 0001) that
# names no subchannel (0x123; Hercules has its console at subchannel 0), operand exception for
# an invalid one, TPI CC 0 (nothing pending, nothing stored), STCRW stores zeros with CC 1 (no
# channel report pending), specification exception for an unaligned STCRW operand.
        .include "common.s"
        llilf   %r1,0x00010123
        stsch   0x10(%r13)
        STCC    0
        ssch    0x20(%r13)
        STCC    1
        tsch    0x20(%r13)
        STCC    2
        csch
        STCC    3
        hsch
        STCC    4
        xsch
        STCC    5
        rsch
        STCC    6
        msch    0x20(%r13)
        STCC    7
        mvi     0x40(%r13),0xff
        tpi     0x40(%r13)
        STCC    8
        mvhi    0x48(%r13),-1
        stcrw   0x48(%r13)
        STCC    9
        llilf   %r1,0x00020000
        ONPGM   1f
        stsch   0x10(%r13)
1:      ONPGM   2f
        llilf   %r1,0x00010123
        stcrw   0x4a(%r13)              # not on a word boundary
2:      EXIT
