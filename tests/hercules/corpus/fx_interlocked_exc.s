# Interlocked access: LAA overflow stores the sum with cc 3 and a fixed-point overflow
# interruption when the mask allows; LAX/LANG/LAOG results; LAALG carry; LPQ with an odd
# register is a specification exception.  (A misaligned LAA operand is a specification
# exception per the PoP; Hercules 3.13 adds without one, so it is tested in tests/unit only.)
        .include "common.s"
        llilf   %r1,0x08000000          # fixed-point overflow mask on
        spm     %r1
        iilf    %r1,0x7fffffff
        st      %r1,0(%r13)
        lhi     %r3,1
        ONPGM   1f
        laa     %r2,%r3,0(%r13)
1:      STCC    0x70
        mvghi   8(%r13),0x0f0f
        lghi    %r5,0x00ff
        lang    %r4,%r5,8(%r13)
        STCC    0x71
        laog    %r6,%r5,8(%r13)
        STCC    0x72
        lax     %r7,%r5,12(%r13)
        STCC    0x73
        mvghi   0x10(%r13),-1
        lghi    %r9,-1
        laalg   %r10,%r9,0x10(%r13)
        STCC    0x74
        ONPGM   3f
        .long   0xe3302000,0x008f       # lpq %r3,0(%r2): odd register
3:      stmg    %r2,%r10,0x20(%r13)
        EXIT
