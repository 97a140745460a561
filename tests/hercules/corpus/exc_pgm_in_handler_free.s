# Program interruption while a resume is armed but a second fault follows: the log holds both,
# in order, and the count is 2 (the handler logs up to three).
        .include "common.s"
        ONPGM   1f
        .short  0
1:      ONPGM   2f
        .short  0
2:      lghi    %r1,7
        stg     %r1,0(%r13)
        EXIT
