# DIAGNOSE X'00C' into a page under another storage key: protection exception.
        .include "common.s"
        lghi    %r1,0x4000              # the block's page gets storage key 1 ...
        lghi    %r5,0x10
        sske    %r5,%r1
        spka    0x20                    # ... and the PSW key is 2: a store there is protected
        lghi    %r2,0x4000
        diag    %r2,%r0,0xc
        RECORD
        EXIT
