# Execute exceptions (3): EX of EX, EXRL of EXRL, EX of EXRL.
        .include "common.s"
        larl    %r9,t1
        ONPGM   1f
        ex      %r0,0(%r9)
1:      ONPGM   2f
        exrl    %r0,t2
2:      larl    %r9,t2
        ex      %r0,0(%r9)
        EXIT
t1:     ex      %r0,0(%r9)
t2:     exrl    %r0,t2
