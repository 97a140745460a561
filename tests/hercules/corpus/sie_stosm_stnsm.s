# STOSM / STNSM: with ic byte 1 bits 0x01 / 0x02 each is intercepted (code 4, nothing
# stored).  The host then clears the controls and restarts the guest at its first
# instruction: both are interpreted, storing the old system masks at guest 0x700/0x701, and
# the final PSW mask shows STNSM's AND applied after STOSM's OR.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST ic=0x00030000
        GUEST_LOAD
        sie     0(%r15)
        RECORD
        sie     0(%r15)
        RECORD
        mvi     0x49(%r15),0
        lghi    %r1,GCODE
        stg     %r1,0x98(%r15)
        sie     0(%r15)
        RECORD
        llilf   %r1,GMSO
        lay     %r2,RES
        mvc     0xf0(2,%r2),0x700(%r1)
        EXIT
        GUEST_AT
        stosm   0x700,0x03
        stnsm   0x701,0xfe
        diag    %r0,%r0,0
        SIE_DATA
