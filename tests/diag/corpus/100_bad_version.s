# GhVersion 2 is not served: return code 8, reason the versions served (docs/ghapi.md).
        .include "common.s"
        lghi    %r1,0x4000
        larl    %r4,query_pl
        mvc     0(48,%r1),0(%r4)
        lghi    %r4,0
        mvi     9(%r1),2
        lghi    %r2,0x4000
        lghi    %r3,0
        diag    %r2,%r3,0x100
        RECORD
        lghi    %r1,0x30a0
        lghi    %r4,0x4000
        mvc     0(48,%r1),0(%r4)
        EXIT
        .include "ghapi_query.inc"
