# LRVR/LRVGR/LRV/LRVG/LRVH/STRV/STRVG/STRVH: byte reversal.
        .include "common.s"
        lg      %r1,val
        lrvgr   %r2,%r1
        lrvr    %r3,%r1
        lrv     %r4,val
        lrvg    %r5,val
        lrvh    %r6,val
        strv    %r1,0(%r13)
        strvg   %r1,8(%r13)
        strvh   %r1,16(%r13)
        stmg    %r2,%r6,0x20(%r13)
        EXIT
        .align  8
val:    .quad   0x0102030405060708
