# SIE's own checks in the host: a state description not on a 512-byte boundary, and one in
# page 0, are specification exceptions (ILC 2, old PSW past the SIE); one beyond host storage
# is an addressing exception.  Logged by the common program handler (RES+0x80..).
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST
        ONPGM   1f
        sie     0x100(%r15)
1:      ONPGM   2f
        sie     0x200
2:      ONPGM   3f
        llilf   %r4,0x2000000
        sie     0(%r4)
3:      EXIT
        GUEST_AT
        diag    %r0,%r0,0
        SIE_DATA
