# SAM24/SAM31/SAM64 and BSM/BASSM mode switching reflected in the final PSW and LA results.
        .include "common.s"
        lghi    %r1,-1
        sam31
        la      %r2,0(%r1)
        ipm     %r3
        sam24
        la      %r4,0(%r1)
        larl    %r5,1f
        oilh    %r5,0x8000              # 31-bit target via BSM
        bsm     %r6,%r5
1:      la      %r7,0(%r1)
        larl    %r5,2f
        oill    %r5,1
        bsm     %r8,%r5                 # back to 64-bit
2:      la      %r9,0(%r1)
        stmg    %r1,%r9,RES
        EXIT
