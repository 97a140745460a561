# Fetch protection: page 0x6000 key 3 with the fetch-protection bit, PSW key 2: a fetch is a
# protection exception (suppressed, R4 unchanged); key 3 and key 0 may fetch.
# TEID bits of ESOP-2 are not compared (Hercules 3.13 is at ESOP-1 level).
# ignore: ESOP2
        .include "common.s"
        lghi    %r1,0x38
        llilf   %r2,0x6000
        sske    %r1,%r2
        lghi    %r4,4
        ONPGM   1f                      # before SPKA: low core is key 0
        spka    0x20
        l       %r4,0(%r2)
1:      spka    0x30
        l       %r5,0(%r2)
        spka    0
        l       %r6,0(%r2)
        stmg    %r4,%r6,0(%r13)
        EXIT
