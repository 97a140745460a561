# DR/D/DLR/DL/DSGR/DSG/DSGFR/DLGR/DLG: quotients and remainders, signs.
        .include "common.s"
        larl    %r10,data
        lhi     %r2,-100
        srda    %r2,32                  # sign-extend -100 into the pair
        lhi     %r4,7
        dr      %r2,%r4                 # q -14 r -2
        lhi     %r4,0
        lhi     %r5,1000
        d       %r4,0(%r10)             # 1000 / -33
        lhi     %r6,1
        lhi     %r7,5
        dlr     %r6,%r4                 # (2^32+5) / 10 (r4 = remainder 10)
        lhi     %r8,0
        lhi     %r9,77
        dl      %r8,4(%r10)
        stmg    %r2,%r9,RES
        lgfi    %r3,-1000000
        dsgr    %r2,%r4
        lghi    %r5,12345
        dsg     %r4,8(%r10)
        lghi    %r7,-77
        lghi    %r1,-8
        dsgfr   %r6,%r1
        lghi    %r8,1
        lghi    %r9,0
        dlgr    %r8,%r10                # (2^64) / address of data
        stmg    %r2,%r9,RES+0x40
        EXIT
        .align  8
data:   .long   -33, 6
        .quad   -100
