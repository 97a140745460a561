# A recursive call chain via BRAS/BR with a stack of return addresses: factorial of 10.
        .include "common.s"
        larl    %r15,stack_end
        lghi    %r2,10
        brasl   %r14,fact
        stg     %r2,0(%r13)
        stg     %r15,8(%r13)
        EXIT
fact:   cghi    %r2,1
        jh      1f
        lghi    %r2,1
        br      %r14
1:      aghi    %r15,-16
        stg     %r14,0(%r15)
        stg     %r2,8(%r15)
        aghi    %r2,-1
        brasl   %r14,fact
        msg     %r2,8(%r15)
        lg      %r14,0(%r15)
        aghi    %r15,16
        br      %r14
        .align  8
stack:  .fill   64,8,0
stack_end:
