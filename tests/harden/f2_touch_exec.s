# F2 (issue 10, SMP): every CPU executes one instruction in every 4 KiB page of the first END bytes.
# CPU 0 restarts CPUs 1..NCPU-1 at _start through the restart new PSW.
        .text
        .org    0
        .long   0x00080001, 0x80000000 + _start          # IPL PSW: 64-bit, DAT off
        .org    0x1a0
        .quad   0x0000000180000000, _start               # restart new PSW
        .org    0x1d0
        .quad   0x0002000180000000, 0xbad                # program new: disabled wait 0xBAD
        .org    0x2000
_start: larl    %r5,params
        stap    0x400                                    # my CPU address
        llgh    %r6,0x400
        ltgr    %r6,%r6
        jnz     2f
        lghi    %r3,1                                    # CPU 0: restart the others
0:      clg     %r3,8(%r5)
        jnl     2f
        sigp    %r0,%r3,6
        jo      0b                                       # busy: retry
        aghi    %r3,1
        j       0b
2:      llilf   %r2,0x10000
        lg      %r3,0(%r5)
1:      mvhhi   0(%r2),0x07fe                            # BR 14 at the start of the page
        basr    %r14,%r2                                 # execute it
        agfi    %r2,4096
        clgr    %r2,%r3
        jl      1b
        larl    %r7,done
        lpswe   0(%r7)
        .balign 8
done:   .quad   0x0002000180000000, 0
params: .quad   0x1000000, 4                             # END 16M, NCPU 4
