# SCKC/STCKC round trip; SPT then STPT shows the CPU timer counting down (sign and decrease
# are compared, not the values); STCK twice gives increasing values and cc 0.
        .include "common.s"
        larl    %r10,v
        sckc    0(%r10)
        stckc   0(%r13)
        spt     8(%r10)
        stpt    0x40(%r13)
        stpt    0x48(%r13)
        lg      %r1,0x40(%r13)
        lg      %r2,0x48(%r13)
        clgr    %r2,%r1                 # second not larger than first: cc 0 or 1
        STCC    8
        ltgr    %r2,%r2                 # still positive
        STCC    9
        stck    0x50(%r13)
        STCC    10
        stck    0x58(%r13)
        lg      %r1,0x50(%r13)
        lg      %r2,0x58(%r13)
        clgr    %r2,%r1                 # cc 2: increasing
        STCC    11
        xc      0x40(32,%r13),0x40(%r13)
        lghi    %r1,0
        lghi    %r2,0
        EXIT
        .align  8
v:      .quad   0x123456789abc0000, 0x0000100000000000   # comparator bits beyond 1 us zero:
                                                          # their retention is model-dependent
