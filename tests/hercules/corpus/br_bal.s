# BAL/BALR/BAS/BASR/BRAS/BRASL/BASSM/BSM: link registers in 24/31/64-bit modes.
        .include "common.s"
        bras    %r1,1f
1:      brasl   %r2,2f
2:      larl    %r9,3f
        basr    %r3,%r9
3:      sam31
        larl    %r9,4f
        bal     %r4,0(%r9)
4:      balr    %r5,%r0                 # no branch, link only
        sam24
        bras    %r6,5f
5:      balr    %r7,%r0
        larl    %r9,6f
        bas     %r8,0(%r9)
6:      sam64
        larl    %r9,7f
        bsm     %r10,%r9                # r9 bit 63 0: stays 64-bit? (bit 63 = mode)
7:      bsm     %r11,%r0                # R2=0: only the mode bit into r11
        larl    %r9,8f
        oill    %r9,1
        bassm   %r12,%r9                # 64-bit target
8:      stmg    %r1,%r12,RES
        EXIT
