# Operation exceptions: the never-assigned opcode 0x00 (ILC 1 halfword) and an unassigned
# 6-byte E3 opcode (ILC 3); the old PSW points past the instruction.
        .include "common.s"
        lghi    %r1,1
        ONPGM   1f
        .short  0x0000
1:      lghi    %r2,2
        ONPGM   2f
        .long   0xe3100000
        .short  0x0000
2:      lghi    %r3,3
        .long   0xb2fe0000              # unassigned B2 op: ends the run
        EXIT
