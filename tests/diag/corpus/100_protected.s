# The GHAPIPL's block has storage key 2, the PSW key is 1: protection exception, nothing performed.
        .include "common.s"
        lghi    %r1,0x4000
        larl    %r4,query_pl
        mvc     0(48,%r1),0(%r4)
        lghi    %r4,0
        lghi    %r2,0x4000
        lghi    %r4,0x20
        sske    %r4,%r2
        spka    0x10
        diag    %r2,%r3,0x100
        RECORD
        lghi    %r1,0x30a0
        lghi    %r4,0x4000
        mvc     0(48,%r1),0(%r4)
        EXIT
        .include "ghapi_query.inc"
