# HFP short/long arithmetic without exceptions: the one guard digit of add/subtract (digits
# shifted out beyond it are lost), unnormalized add, multiply and divide truncation, HALVE,
# LOAD ROUNDED with a carry, LOAD LENGTHENED, compares with different exponents, sign ops.
        .include "common.s"
        larl    %r10,c
        le      %f0,0(%r10)             # 41100000  1.0
        le      %f1,4(%r10)             # 3E111111  tiny, 3 digits to the right
        ler     %f2,%f0
        ser     %f2,%f1                 # one guard digit: 40FFEEEF (exact: 40FFEEEE)
        STCC    0
        ld      %f3,8(%r10)             # 4210000000000000  16.0
        ld      %f4,16(%r10)            # 3F12345678123456
        ldr     %f5,%f3
        awr     %f5,%f4                 # unnormalized: exponent of the larger operand
        STCC    1
        ldr     %f6,%f4
        mdr     %f6,%f4
        ld      %f7,24(%r10)            # 4130000000000000  3.0
        ldr     %f8,%f3
        ddr     %f8,%f7                 # 16/3: fraction >= divisor fraction path
        le      %f9,32(%r10)            # 40FFFFFF
        mder    %f9,%f9                 # short operands, long product
        hdr     %f10,%f7                # 1.5
        ld      %f11,40(%r10)           # 40FFFFFFF8000000
        ledr    %f11,%f11               # rounds up with a carry: 41100000
        lder    %f12,%f1
        ce      %f0,4(%r10)             # 1.0 vs tiny: high
        STCC    2
        cd      %f4,8(%r10)             # small vs 16: low
        STCC    3
        ld      %f13,48(%r10)           # 8000000000000000 (negative zero)
        ltdr    %f13,%f13
        STCC    4
        lcer    %f14,%f0
        STCC    5
        lner    %f15,%f0
        lper    %f15,%f15
        STCC    6
        le      %f1,36(%r10)            # C2123456
        aer     %f1,%f0
        STCC    7
        au      %f1,0(%r10)
        STCC    8
        mee     %f0,32(%r10)
        de      %f0,4(%r10)
        EXIT
        .align  8
c:      .long   0x41100000, 0x3E111111
        .quad   0x4210000000000000, 0x3F12345678123456, 0x4130000000000000
        .long   0x40FFFFFF, 0xC2123456
        .quad   0x40FFFFFFF8000000, 0x8000000000000000
