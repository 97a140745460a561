# SVC: code and ILC 2 in the log, old PSW after the SVC; SVC through EX and EXRL (ILC 4 and 6).
        .include "common.s"
        lghi    %r1,1
        svc     0x42
        lghi    %r2,2
        lghi    %r9,0x0f
        larl    %r8,1f
        ex      %r9,0(%r8)              # SVC 0xF0 | 0x0F = 0xFF
        lghi    %r3,3
        exrl    %r9,1f
        lghi    %r4,4
        stmg    %r1,%r4,0(%r13)
        EXIT
1:      svc     0xf0
