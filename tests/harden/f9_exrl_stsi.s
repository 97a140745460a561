# F9 (issue 10): # EXRL of an instruction the CP intercepts (STSI), whose operand page is invalid under the
# guest's DAT: a page-translation exception (nullifying).  The program handler ends with a
# disabled wait whose address is (old PSW address << 16) | (ILC << 8) | code.
        .text
        .org    0
        .long   0x00080001, 0x80000000 + _start
        .org    0x1d0
        .quad   0x0000000180000000, pgmh
        .org    0x2000
_start: llilf   %r2,0x10000                              # segment table: entry 0 -> page table 0x11000
        lghi    %r3,2048
        lghi    %r1,0x20
0:      stg     %r1,0(%r2)
        la      %r2,8(%r2)
        brct    %r3,0b
        llilf   %r1,0x11000
        stg     %r1,0x10000-0x10000(%r0,%r0)
        llilf   %r2,0x10000
        stg     %r1,0(%r2)
        llilf   %r2,0x11000                              # identity for 0-1M, page 0x80 invalid
        lghi    %r3,256
        lghi    %r1,0
1:      lgr     %r4,%r1
        cgfi    %r1,0x80000
        jne     2f
        oill    %r4,0x400
2:      stg     %r4,0(%r2)
        la      %r2,8(%r2)
        agfi    %r1,0x1000
        brct    %r3,1b
        larl    %r1,cr1v
        lctlg   %c1,%c1,0(%r1)
        stosm   0x800,0x04                               # DAT on
        llilf   %r0,0x10000001                           # STSI 1.1.1
        lghi    %r1,1
        llilf   %r5,0x80000                              # operand: invalid page
        j       exrl
        .org    0x2100
exrl:   exrl    0,target
        larl    %r1,okpsw
        lpswe   0(%r1)
target: stsi    0(%r5)
pgmh:   lg      %r1,0x158                                # old PSW address
        sllg    %r1,%r1,16
        llgh    %r2,0x8c                                 # ILC
        sllg    %r2,%r2,8
        ogr     %r1,%r2
        llgh    %r2,0x8e                                 # code
        ogr     %r1,%r2
        stg     %r1,waitpsw+8-okpsw+0x3000
        larl    %r3,waitpsw
        stg     %r1,8(%r3)
        lpswe   0(%r3)
        .balign 8
okpsw:  .quad   0x0002000180000000, 0
waitpsw: .quad  0x0002000180000000, 0
cr1v:   .quad   0x10000 | 3
