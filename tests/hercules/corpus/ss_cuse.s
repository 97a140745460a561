# CUSE: equal substring found (cc 0, registers at its start), operands ending inside a short
# equal run (cc 1), ending unequal (cc 2), padding of the shorter operand, substring length 0.
        .include "common.s"
        larl    %r10,s1
        larl    %r11,s2
        lghi    %r0,3
        lghi    %r1,0x40
        lgr     %r2,%r10
        lghi    %r3,10
        lgr     %r4,%r11
        lghi    %r5,10
        cuse    %r2,%r4                 # "abXdefghij" / "abYdefZhij": 'def' at offset 3
        STCC    0
        stmg    %r2,%r5,0x10(%r13)
        lghi    %r0,4
        lgr     %r6,%r10
        aghi    %r6,7
        lghi    %r7,3
        lgr     %r8,%r11
        aghi    %r8,7
        lghi    %r9,3
        cuse    %r6,%r8                 # 'hij' equal but only 3 long: cc 1
        STCC    1
        lghi    %r0,3
        lgr     %r2,%r10
        lghi    %r3,3
        lgr     %r4,%r11
        lghi    %r5,5                   # "abX@@" (pad) vs "abYde": ends unequal: cc 2
        cuse    %r2,%r4
        STCC    2
        stmg    %r2,%r5,0x30(%r13)
        lghi    %r0,2
        lgr     %r2,%r10
        lghi    %r3,2
        larl    %r4,s3
        lghi    %r5,4                   # "ab@@" (pad) vs "xb@@": 'b@' found at offset 1
        cuse    %r2,%r4
        STCC    3
        stmg    %r2,%r5,0x50(%r13)
        lghi    %r0,0
        cuse    %r2,%r4
        STCC    4
        EXIT
s1:     .ascii  "abXdefghij"
s2:     .ascii  "abYdefZhij"
s3:     .ascii  "xb@@"
