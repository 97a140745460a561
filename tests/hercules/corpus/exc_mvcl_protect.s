# MVCL into a store-protected page after part of the move: the interruption is recognized
# with the registers updated for the bytes already moved (interruptible instruction).
# TEID bits of ESOP-2 are not compared (Hercules 3.13 is at ESOP-1 level), nor the cc in
# the old PSW (unpredictable when MVCL ends on an access exception).
# ignore: ESOP2 STOR:30A2/30
        .include "common.s"
        lghi    %r1,0x30
        llilf   %r2,0x6000
        sske    %r1,%r2
        lghi    %r1,0x20                # the first page has the PSW key
        llilf   %r2,0x5000
        sske    %r1,%r2
        llilf   %r2,0x5f00
        llilf   %r3,0x200               # 0x5f00-0x60ff: second half protected
        lghi    %r4,0
        llilf   %r5,0x00000200
        ONPGM   1f                      # before SPKA: low core is key 0
        spka    0x20
        mvcl    %r2,%r4
1:      spka    0
        stmg    %r2,%r5,0(%r13)
        llilf   %r9,0x5ff8
        mvc     0x20(8,%r13),0(%r9)
        EXIT
