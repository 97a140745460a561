# A pageable guest (m = 0) is host virtual storage: its extent may pass the end of host real
# storage (MSE 0x1000000 = 16 MiB host here), the host DAT tables decide what exists.
# Hercules runs it (the guest touches only its first MiB, mapped 1:1); zsie windows guests in
# host absolute storage and gives validity 0x003D instead (known failure).
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        GUEST_LOAD
        SD_GUEST mse=0x1000000
        sie     0(%r15)
        RECORD
        EXIT
        GUEST_AT
        diag    %r0,%r0,0
        SIE_DATA
