# DIAGNOSE X'000' storing into a page whose storage key (1) differs from the PSW key (2):
# protection exception, nothing stored.
        .include "common.s"
        lghi    %r1,0x4000              # prefill 64 bytes with X'EE': what is not stored stays
        mvi     0(%r1),0xee
        mvc     1(63,%r1),0(%r1)
        lghi    %r1,0x4000              # the block's page gets storage key 1 ...
        lghi    %r5,0x10
        sske    %r5,%r1
        spka    0x20                    # ... and the PSW key is 2: a store there is protected
        lghi    %r2,0x4000
        lghi    %r3,40
        diag    %r2,%r3,0x0
        RECORD
        EXIT
