# CSP/CSPG: compare and swap and purge (privileged): swap on equal (cc 0), load on unequal
# (cc 1); the purge has no visible effect without DAT.
        .include "common.s"
        mvhi    0(%r13),5
        lghi    %r2,5
        lghi    %r3,9
        lgr     %r4,%r13
        csp     %r2,%r4
        STCC    0x40
        lghi    %r2,6
        csp     %r2,%r4
        STCC    0x41
        mvghi   8(%r13),-1
        lghi    %r6,-1
        lghi    %r7,3
        la      %r8,8(%r13)
        cspg    %r6,%r8
        STCC    0x42
        stmg    %r2,%r7,0x10(%r13)
        EXIT
