# BC/BCR/BRC with every mask against each cc: a bit per taken branch.
        .include "common.s"
        lghi    %r2,0                   # collected bits
        lghi    %r3,1
        # cc 0..3 produced by compares; each mask 1..14 tested for one cc via a table loop
        larl    %r10,masks
        lghi    %r5,14
1:      llgc    %r6,0(%r10)
        sllg    %r2,%r2,1
        clr     %r3,%r3                 # cc 0
        exrl    %r6,brc0
        j       2f
3:      ogr     %r2,%r3
2:      sllg    %r2,%r2,1
        chi     %r3,2                   # cc 1
        exrl    %r6,brc1
        j       4f
5:      ogr     %r2,%r3
4:      sllg    %r2,%r2,1
        chi     %r3,0                   # cc 2
        exrl    %r6,brc2
        j       6f
7:      ogr     %r2,%r3
6:      la      %r10,1(%r10)
        brct    %r5,1b
        stg     %r2,0(%r13)
        larl    %r9,8f
        tm      0(%r13),0               # cc 0
        bc      8,0(%r9)
        mvi     8(%r13),1
8:      tm      0(%r13),0xff
        bcr     15,%r0                  # no branch with R2=0
        mvi     9(%r13),2
        EXIT
brc0:   brc     0,3b
brc1:   brc     0,5b
brc2:   brc     0,7b
masks:  .byte   0x10,0x20,0x30,0x40,0x50,0x60,0x70,0x80,0x90,0xa0,0xb0,0xc0,0xd0,0xe0
