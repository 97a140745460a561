# Instruction fetch from an invalid page with DAT on: page-translation exception with the TEID
# of the instruction address; the ILC and the old PSW address derived from it are not compared
# (the ILC is unpredictable for instruction fetch).
# ignore: STOR:3091-3091 STOR:30A8-30AF
        .include "common.s"
        .include "dat.inc"
        DAT_TABLES
        PTE_OR  0x12, 0x400
        stosm   0x70(%r13),0x04
        llilf   %r1,0x12000
        br      %r1
        EXIT
