# GHAPI logging storm for the crash test (tests/ghapi/cases.sh crash): CPU 0 restarts CPUs
# 1..NCPU-1 with SIGP, then every CPU loops forever logging an event whose data is its index
# and a sequence number: GHAPI log requests from several virtual CPUs at once, until zsie is
# killed.  A request that does not end with return code 0 stops that CPU in a disabled wait
# at address X'BAD'.
        .set    NCPU, 4
        .org    0
        .long   0x00080000, 0x80000200        # ESA/390 IPL PSW of a flat image: start at 0x200
        .org    0x1a0
        .quad   0x0000000180000000, cpu       # restart-new PSW: the other CPUs start at cpu
        .org    0x1d0
        .quad   0x0002000180000000, 0xdead    # program-new PSW: disabled wait
        .org    0x200
start:  lghi    %r5,1
1:      sigp    %r0,%r5,6                     # restart CPU r5
        jo      1b                            # busy: again
        aghi    %r5,1
        chi     %r5,NCPU
        jl      1b
cpu:    lghi    %r1,1
        laa     %r6,%r1,counter               # r6: this CPU's index, 0.. (interlocked)
        lgr     %r7,%r6
        sllg    %r7,%r7,12
        aghi    %r7,0x4000                    # r7: its GHAPIPL at 0x4000 + 4K * index
        mvc     0(pl_len,%r7),template
        st      %r6,0x50(%r7)                 # event data: index ...
        lghi    %r8,0                         # r8: sequence number
loop:   st      %r8,0x54(%r7)                 # ... and sequence
        lgr     %r2,%r7
        lghi    %r3,0
        diag    %r2,%r3,0x100
        ltr     %r3,%r3
        jnz     bad
        aghi    %r8,1
        j       loop
bad:    lpswe   badpsw
        .align  8
badpsw: .quad   0x0002000180000000, 0xbad
counter: .long  0
        .align  8
# GHAPIPL v1, function 3 (log): 32 + 48 + 8 bytes
template:
        .byte   0xC7,0xC8,0xC1,0xD7,0xC9,0xD7,0xD3,0x40   # GHAPIPL
        .short  1, 0                                      # version, flags
        .long   88, 3, 56, 0, 0                           # length, function, data length, rc, reason
        .byte   0xC7,0xC8,0xD3,0xD6,0xC7,0x40,0x40,0x40   # GHLOG
        .byte   0xE2,0xE3,0xD6,0xD9,0xD4,0x40,0x40,0x40   # STORM
        .byte   0xF1,0x40,0x40,0x40,0x40,0x40,0x40,0x40   # 1
        .quad   0, 0                                      # start, stop
        .long   8, 0                                      # event length, reserved
        .long   0, 0                                      # index, sequence
        .set    pl_len, . - template
