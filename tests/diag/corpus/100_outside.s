# A GHAPIPL whose header runs past the end of storage (16 MiB): addressing exception.
        .include "common.s"
        lghi    %r1,0x4000
        larl    %r4,query_pl
        mvc     0(48,%r1),0(%r4)
        lghi    %r4,0
        llilf   %r2,0xfffff8
        diag    %r2,%r3,0x100
        RECORD
        lghi    %r1,0x30a0
        lghi    %r4,0x4000
        mvc     0(48,%r1),0(%r4)
        EXIT
        .include "ghapi_query.inc"
