# SIGP sense to this CPU (address 0: cc 0, or cc 1 with status) and to a CPU that does not
# exist (cc 3).  STAP first so the address used is this CPU's.
        .include "common.s"
        stap    0x40(%r13)
        lh      %r3,0x40(%r13)
        lghi    %r2,0
        sigp    %r2,%r3,1               # sense
        STCC    0
        lghi    %r4,0
        lghi    %r5,77
        sigp    %r4,%r5,1
        STCC    1
        stmg    %r2,%r5,8(%r13)
        EXIT
