# GHAPI from the problem state with OPTION GHAPI PROBLEM: served (docs/ghapi.md, Enabling).
# SVC 0 brings it back to the supervisor state (RECORD and EXIT are privileged).
        .include "common.s"
        lghi    %r1,0x4000
        larl    %r4,query_pl
        mvc     0(48,%r1),0(%r4)
        lghi    %r4,0
        larl    %r4,svc_psw
        mvc     0x1c0(16),0(%r4)        # back to the supervisor state through SVC 0
        lghi    %r4,0
        lghi    %r2,0x4000
        lghi    %r3,0
        PROBLEM
        diag    %r2,%r3,0x100
        ipm     %r5                     # the DIAGNOSE's CC, kept across the SVC
        svc     0
back:   spm     %r5
        RECORD
        lghi    %r1,0x30a0
        lghi    %r4,0x4000
        mvc     0(48,%r1),0(%r4)
        EXIT
        .include "ghapi_query.inc"
        .align  8
svc_psw: .quad  0x0000000180000000, back
