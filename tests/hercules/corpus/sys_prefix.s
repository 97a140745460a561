# SPX/STPX: move the prefix to 0x10000 (low core copied first), take an SVC through the new
# prefix area, check real 0x800 maps to absolute 0x10800, and move back.
        .include "common.s"
        stpx    0(%r13)
        llilf   %r2,0x10000
        llilf   %r3,0x2000
        lghi    %r4,0
        llilf   %r5,0x2000
        mvcl    %r2,%r4                 # copy low core (absolute 0-0x1fff)
        llilf   %r1,0x10000
        st      %r1,8(%r13)
        spx     8(%r13)
        stpx    4(%r13)
        svc     7                       # new-PSW from 0x101c0, old PSW to 0x10140
        mvhi    0x800,0x5555            # real 0x800 = absolute 0x10800
        mvhi    12(%r13),0
        spx     12(%r13)
        stpx    16(%r13)
        l       %r6,0x800               # absolute 0x800: untouched by the store
        llilf   %r9,0x10800
        l       %r7,0(%r9)
        llilf   %r9,0x10140
        lg      %r8,8(%r9)              # SVC old PSW address at the moved prefix
        stmg    %r6,%r8,0x20(%r13)
        EXIT
