# SPM sets cc and program mask from R1 bits 34-39; IPM reads them back; high bits of R1 kept.
        .include "common.s"
        lghi    %r1,-1
        llilf   %r2,0x2f000000          # cc 2, mask 0xf
        spm     %r2
        ipm     %r1
        llilf   %r2,0x10000000          # cc 1, mask 0
        spm     %r2
        lghi    %r3,0
        ipm     %r3
        epsw    %r4,%r5
        stmg    %r1,%r5,0(%r13)
        EXIT
