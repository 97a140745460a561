# High-word facility: logical add/subtract high with carry/borrow cc, signed subtract with
# overflow (cc 3), compares high with high, low, storage and immediates, byte/halfword loads
# and stores of the high word, ALSIH with a negative immediate, ALSIHN (no cc change).
        .include "common.s"
        llihf   %r1,0xffffffff
        iilf    %r1,5
        llihf   %r2,1
        iilf    %r2,0x80000000
        alhhhr  %r3,%r1,%r2             # 0xffffffff + 1: zero with carry: cc 2
        STCC    0
        alhhlr  %r4,%r2,%r2             # 1 + 0x80000000
        STCC    1
        slhhhr  %r5,%r2,%r1             # 1 - 0xffffffff: borrow: cc 1
        STCC    2
        llihf   %r6,0x80000000
        shhlr   %r7,%r6,%r1             # -2^31 - 5: overflow
        STCC    3
        shhhr   %r8,%r1,%r1
        STCC    4
        chhr    %r1,%r2
        STCC    5
        chlr    %r2,%r1
        STCC    6
        clhhr   %r1,%r2
        STCC    7
        clhlr   %r2,%r2
        STCC    8
        mvhi    0x40(%r13),-2
        chf     %r1,0x40(%r13)
        STCC    9
        clhf    %r1,0x40(%r13)
        STCC    10
        clih    %r2,2
        STCC    11
        alsih   %r2,-2                  # 1 - 2: no carry, nonzero: cc 1
        STCC    12
        alsihn  %r2,3
        STCC    13
        iilf    %r0,0x80ff7f01
        st      %r0,0x48(%r13)
        lbh     %r9,0x48(%r13)
        llch    %r10,0x49(%r13)
        lhh     %r11,0x48(%r13)
        llhh    %r12,0x48(%r13)
        stch    %r2,0x50(%r13)
        sthh    %r1,0x52(%r13)
        aih     %r6,-1                  # -2^31 - 1: overflow
        STCC    14
        EXIT
