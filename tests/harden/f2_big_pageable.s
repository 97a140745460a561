# F2 (issue 10): SIE on a 16 GiB pageable guest from a 1 MiB machine: every entry sizes frame_map and the
# guest CPU's decode-cache array for 16 GiB.  Each CPU of the machine does it once.
        .text
        .org    0
        .long   0x00080001, 0x80000000 + _start
        .org    0x1a0
        .quad   0x0000000180000000, _start
        .org    0x1d0
        .quad   0x0002000180000000, 0xbad
        .org    0x2000
_start: stap    0x400
        lh      %r3,0x400
        ltr     %r3,%r3
        jnz     1f
        lghi    %r3,1
0:      sigp    %r0,%r3,6
        aghi    %r3,1
        cghi    %r3,64
        jl      0b
1:      larl    %r1,cr1r
        lctlg   %c1,%c1,0(%r1)           # host primary ASCE: real-space designation
        lh      %r3,0x400
        sll     %r3,9
        llilf   %r15,0x4000
        ar      %r15,%r3                 # my own SD
        larl    %r2,sdt
        mvc     0(256,%r15),0(%r2)
        mvc     256(256,%r15),256(%r2)
        sie     0(%r15)
        larl    %r1,done
        lpswe   0(%r1)
        .balign 8
done:   .quad   0x0002000180000000, 0
cr1r:   .quad   0x20
        .balign 256
sdt:    .byte   0, 0, 0x08, 0
        .long   0
        .org    sdt + 0x80
        .quad   0x0, 0x3ffffffff         # MSO 0, MSE 16G-1 (pageable, through the host's CR1)
        .quad   0x0002000180000000, 0    # PSW: disabled wait at once
        .org    sdt + 0x200
