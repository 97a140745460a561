# ST/STH/STC/STG/STY/STHY/STCY/STM/STMY/STMH/STCM/STCMH: partial stores into a field of 0xAA.
        .include "common.s"
        lg      %r1,val
        mvi     RES-0x3000+0(%r13),0xaa
        mvc     1(127,%r13),0(%r13)     # fill 0x3000-0x307f with 0xAA
        st      %r1,0(%r13)
        sth     %r1,6(%r13)
        stc     %r1,9(%r13)
        stg     %r1,16(%r13)
        sty     %r1,28(%r13)
        sthy    %r1,34(%r13)
        stcy    %r1,39(%r13)
        lg      %r2,val2
        stm     %r1,%r2,40(%r13)
        stmh    %r1,%r2,48(%r13)
        stcm    %r1,0b1010,56(%r13)
        stcmh   %r1,0b0101,60(%r13)
        stcmy   %r2,0b1111,64(%r13)
        EXIT
        .align  8
val:    .quad   0x0123456789abcdef
val2:   .quad   0xfedcba9876543210
