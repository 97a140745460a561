# SIE in host problem state: privileged-operation exception (code 2) in the host; nothing in
# the state description changes (its interception code stays 0xFF).
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST
        mvi     0x50(%r15),0xff
        larl    %r1,ppsw
        lpswe   0(%r1)
prob:   ONPGM   1f
        sie     0(%r15)
1:      lay     %r2,RES
        mvc     0xf0(1,%r2),0x50(%r15)
        EXIT                            # LPSWE in problem state: second log entry, end
        .balign 8
ppsw:   .quad   0x0001000180000000, prob
        GUEST_AT
        diag    %r0,%r0,0
        SIE_DATA
