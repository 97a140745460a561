# F4 (issue 10): host CPU 1 takes a page away from a pageable guest running under SIE on host CPU 0
# (IPTE on the host page-table entry, then the entry is pointed at another frame).  After the
# IPTE the guest must no longer reach the old frame; in zsie it keeps using it until it leaves
# interpretive execution.
#   host 0x3100: old-frame counter right after the remap    0x3108: old-frame counter later
#   host 0x3110: new-frame counter later                     0x3118: guest exit code (c)
        .text
        .org    0
        .long   0x00080001, 0x80000000 + _start
        .org    0x1a0
        .quad   0x0000000180000000, cpu1                 # restart new PSW: CPU 1's program
        .org    0x1d0
        .quad   0x0002000180000000, 0xbad
        .org    0x2000
_start: larl    %r1,cr1val
        lctlg   %c1,%c1,0(%r1)
        lghi    %r3,1
0:      sigp    %r0,%r3,6                                # restart CPU 1
        jo      0b
        lghi    %r15,0x4000
        sie     0(%r15)                                  # run the guest until it stops
        llilf   %r14,0x3100
        mvc     0x18(1,%r14),0x50(%r15)
1:      cli     0x20(%r14),1                             # wait for CPU 1
        jne     1b
        larl    %r1,done
        lpswe   0(%r1)
cpu1:   llilf   %r6,0x107000                             # guest page 0x7000 = host page 0x107000
        llilf   %r14,0x3100
2:      lg      %r2,0(%r6)
        cgfi    %r2,100000
        jl      2b                                       # the guest is counting
        llilf   %r1,0x14800                              # page table of host segment 1
        llilf   %r2,0x107000
        ipte    %r1,%r2                                  # invalidate the host PTE of that page
        llilf   %r3,0x300000
        llilf   %r4,0x14838
        stg     %r3,0(%r4)                               # and point it at frame 0x300000
        lg      %r7,0(%r6)
        stg     %r7,0(%r14)                              # old-frame counter right after
        llilf   %r5,3000000
3:      brct    %r5,3b                                   # let the guest run on
        lg      %r8,0(%r6)
        stg     %r8,8(%r14)                              # old-frame counter later
        llilf   %r9,0x300000
        lg      %r10,0(%r9)
        stg     %r10,16(%r14)                            # new-frame counter later
        mvghi   8(%r6),1                                 # stop flag in both frames
        mvghi   8(%r9),1
        mvi     0x20(%r14),1
        larl    %r1,done
        lpswe   0(%r1)
        .balign 8
done:   .quad   0x0002000180000000, 0
cr1val: .quad   0x10000 | 3
        .org    0x4000
sd:     .byte   0, 0, 0x08, 0                            # pageable z/Architecture guest
        .long   0
        .org    sd + 0x80
        .quad   0x100000, 0x1fffff                       # guest storage: host virtual 1M-2M
        .quad   0x0000000180000000, 0x5000
        .org    sd + 0x100
        .quad   0xe0
        .org    0x10000                                  # host segment table
        .quad   0x14000, 0x14800, 0x15000, 0x15800
        .rept   2044
        .quad   0x20
        .endr
        .org    0x14000                                  # identity page tables for 0-4 MiB
        .set    f, 0
        .rept   1024
        .quad   f
        .set    f, f + 0x1000
        .endr
        .org    0x100000 + 0x200                         # guest lowcore: wait PSW for the end
        .quad   0x0002000180000000, 0
        .org    0x100000 + 0x5000                        # guest: count at 0x7000 until 0x7008 != 0
        llilf   %r6,0x7000
4:      lg      %r2,0(%r6)
        aghi    %r2,1
        stg     %r2,0(%r6)
        lg      %r3,8(%r6)
        ltgr    %r3,%r3
        jz      4b
        lpswe   0x200
        .org    0x100000 + 0x6000
