# ic byte 0 bit 0x80: an operation exception in the guest ends interpretation with code 0x2C
# (not 8), ipa/ipb hold the instruction text, the PSW points past it.  Two cases: the
# never-assigned opcode 0x00 (2 bytes) and an unassigned 6-byte E3 opcode.
# Not compared: SD 0xCC (ILC/code) after a 0x2C exit -- Hercules leaves it alone, zsie fills
# it; nothing defines it for this code -- and guest lowcore 0x8C, where Hercules 3.13 stores
# the operation-exception code although the guest takes no interruption (a Hercules quirk:
# an intercepted interruption should leave guest storage alone).
# ignore: STOR:3018-301B STOR:3038-303B STOR:3058-305B STOR:30F0-30F3
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST ic=0x80000000
        GUEST_LOAD
        sie     0(%r15)
        RECORD
        sie     0(%r15)
        RECORD
        sie     0(%r15)
        RECORD
        GUEST_PGMINFO
        EXIT
        GUEST_AT
        .short  0x0000
        .long   0xe3123456
        .short  0x7800
        GEND
        GWAIT
        SIE_DATA
