# LDEBR/LXDBR/LXEBR lengthening and LEDBR/LDXBR/LEXBR rounding, overflow/underflow flags.
        .include "common.s"
        larl    %r10,c
        le      %f0,0(%r10)             # 0.1f
        ldebr   %f1,%f0
        lxdbr   %f4,%f1
        lxebr   %f5,%f0
        ld      %f2,8(%r10)             # 0.1 (long)
        ledbr   %f3,%f2
        ldxbr   %f8,%f4
        lexbr   %f9,%f5
        ld      %f10,16(%r10)           # 1e300: overflow to short
        ledbr   %f11,%f10
        efpc    %r1
        st      %r1,0(%r13)
        sfpc    %r0
        ld      %f12,24(%r10)           # 1e-300: underflow to short
        ledbr   %f13,%f12
        efpc    %r2
        st      %r2,4(%r13)
        ldeb    %f14,0(%r10)
        EXIT
        .align  8
c:      .long   0x3dcccccd, 0
        .quad   0x3fb999999999999a, 0x7e37e43c8800759c, 0x01a56e1fc2f8f359
