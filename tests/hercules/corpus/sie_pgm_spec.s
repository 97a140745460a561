# A specification exception in the guest (DR with an odd R1), ic clear.  Hercules 3.13 always
# intercepts specification exceptions (code 8, ILC 2 / code 6 in SD 0xCC, PSW past the DR, f,
# ipa, ipb zero) instead of presenting them in the guest lowcore; the state description's ecb
# 0x08 (specification-exception interpretation, facts.md 1) implies real machines do too
# unless that bit is on.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST
        GUEST_LOAD
        sie     0(%r15)
        RECORD
        GUEST_PGMINFO
        EXIT
        GUEST_AT
        lghi    %r1,100
        lghi    %r2,7
        .short  0x1d12                  # DR 1,2 (odd R1; gas refuses it)
        GEND
        GWAIT
        SIE_DATA
