# STOSM/STNSM/SSM: the old system mask stored, PSW bits changed, seen through EPSW.
        .include "common.s"
        stosm   0(%r13),0x03            # I/O and external masks on (nothing pending)
        epsw    %r1,%r2
        stnsm   1(%r13),0xfc
        epsw    %r3,%r4
        mvi     2(%r13),0x03
        ssm     2(%r13)
        epsw    %r5,%r6
        stnsm   3(%r13),0x00
        epsw    %r7,%r8
        stmg    %r1,%r8,0x10(%r13)
        EXIT
