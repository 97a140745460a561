# Privileged-operation exceptions in problem state: LPSWE, SSM, LCTLG, each suppressed; the
# last (SSKE, without a resume point) ends the run from the handler in supervisor state.
        .include "common.s"
        larl    %r9,pp
        lpswe   0(%r9)                  # problem state, 64-bit, continue at 1f
1:      lghi    %r1,1
        ONPGM   2f
        lpswe   0(%r9)
2:      lghi    %r2,2
        ONPGM   3f
        ssm     0(%r13)
3:      lghi    %r3,3
        sske    %r1,%r2
        EXIT
        .align  8
pp:     .quad   0x0001000180000000, 1b
