# TRAP4 with DAT on in the primary-space mode: the DUCT (CR2 origin 0) has its trap-enabled
# bit (byte 47) zero, so a special-operation exception; TRAP4 with DAT off likewise.
        .include "common.s"
        .include "dat.inc"
        DAT_TABLES
        stosm   0x70(%r13),0x04
        ONPGM   1f
        .long   0xb2ff1000              # trap4 0(%r1)
1:      stnsm   0x71(%r13),0xfb
        ONPGM   2f
        .long   0xb2ff1000
2:      EXIT
