# SAL, SCHM and RCHP with invalid GR1 contents: operand exceptions; valid ones complete
# (RCHP of a CHPID with no path installed: cc 3).
        .include "common.s"
        lghi    %r1,0
        sal
        lghi    %r1,0
        lghi    %r2,0
        schm
        llilf   %r1,0x80000000          # SAL: bit 32 must be zero
        ONPGM   1f
        sal
1:      llilf   %r1,0x00000100          # SCHM: bits 36-61 must be zero
        ONPGM   2f
        schm
2:      llilf   %r1,0x00000101          # RCHP: bits 32-55 must be zero
        ONPGM   3f
        rchp
3:      llilf   %r1,0xfe
        rchp
        STCC    0
        EXIT
