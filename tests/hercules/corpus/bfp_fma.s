# MADBR/MSDBR/MAEBR/MSEBR/MADB: multiply-add/subtract.  FPR2 and FPR8 are the cases where
# the PoP's single rounding (fused) matters: exactly 2^-104 (0x3970000000000000) and 2^-25
# (0x33000000); Hercules 3.13 rounds the product first and gets +0, so they are not compared.
# ignore: FPR2 FPR8
        .include "common.s"
        larl    %r10,c
        ld      %f0,0(%r10)             # 1 + 2^-52
        ld      %f1,0(%r10)
        ld      %f2,8(%r10)             # -(1 + 2^-51)
        madbr   %f2,%f0,%f1             # exact x*x - (1+2^-51) = 2^-104
        ld      %f3,16(%r10)            # 10
        ld      %f4,24(%r10)            # 0.1
        ld      %f5,16(%r10)
        msdbr   %f5,%f3,%f4             # 10*0.1 - 10
        le      %f6,32(%r10)
        le      %f7,36(%r10)
        le      %f8,40(%r10)
        maebr   %f8,%f6,%f7
        le      %f9,40(%r10)
        msebr   %f9,%f6,%f7
        ld      %f10,16(%r10)
        madb    %f10,%f3,24(%r10)
        EXIT
        .align  8
c:      .quad   0x3ff0000000000001, 0xbff0000000000002, 0x4024000000000000, 0x3fb999999999999a
        .long   0x40400000, 0x3eaaaaab, 0xbf800000
