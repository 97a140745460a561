# AEBR/SEBR/MEEBR/DEBR/AEB/MEEB/DEB on short values, the register's low half untouched.
        .include "common.s"
        larl    %r10,c
        ld      %f0,16(%r10)            # garbage low halves to see they survive
        ld      %f2,16(%r10)
        le      %f0,0(%r10)             # 1.0
        le      %f2,4(%r10)             # 3.0
        ler     %f4,%f0
        debr    %f4,%f2
        ler     %f6,%f4
        meebr   %f6,%f2
        ler     %f8,%f0
        aeb     %f8,8(%r10)             # 1 + 0.1
        STCC    0x70
        ler     %f9,%f0
        seb     %f9,4(%r10)
        STCC    0x71
        ler     %f10,%f2
        meeb    %f10,8(%r10)
        ler     %f11,%f2
        deb     %f11,8(%r10)
        aebr    %f0,%f2
        sebr    %f2,%f2
        STCC    0x72
        std     %f4,0(%r13)
        std     %f6,8(%r13)
        std     %f8,16(%r13)
        std     %f9,24(%r13)
        ste     %f10,32(%r13)
        ste     %f11,36(%r13)
        EXIT
        .align  8
c:      .long   0x3f800000, 0x40400000, 0x3dcccccd, 0
        .quad   0x123456789abcdef0
