# CRJ/CGRJ/CIJ/CGIJ/CLRJ/CLGRJ/CLIJ/CLGIJ/CRB/CGRB/CIB/CLIB: compare and branch (z10).
        .include "common.s"
        lghi    %r1,5
        lghi    %r2,-5
        lghi    %r3,0
        crj     %r1,%r2,2,1f            # 5 > -5 high: taken
        oill    %r3,1
1:      clrj    %r1,%r2,2,2f            # unsigned: 5 < 0xfff..: not taken
        oill    %r3,2
2:      cij     %r2,-5,8,3f
        oill    %r3,4
3:      cgij    %r1,6,4,4f
        oill    %r3,8
4:      clij    %r2,200,2,5f
        oill    %r3,16
5:      clgij   %r1,5,6,6f              # not equal: not taken
        oill    %r3,32
6:      cgrj    %r1,%r1,8,7f
        oill    %r3,64
7:      clgrj   %r2,%r1,4,8f
        oill    %r3,128
8:      larl    %r9,9f
        crb     %r1,%r2,4,0(%r9)        # 5 < -5? no
        oill    %r3,256
9:      larl    %r9,10f
        cgib    %r2,-5,8,0(%r9)
        oill    %r3,512
10:     larl    %r9,11f
        clib    %r1,4,2,0(%r9)
        oill    %r3,1024
11:     larl    %r9,12f
        cgrb    %r1,%r2,12,0(%r9)
        oill    %r3,2048
12:     stg     %r3,0(%r13)
        EXIT
