# The guest's own prefix.  SPX and STPX are intercepted (code 4; Hercules 3.13, as KVM's
# handlers for B210/B211 imply for real machines), so the host emulates them: SPX sets the
# state description's prefix (SD 0x04) from the guest operand, STPX stores it at the guest
# real operand address -- prefixed, guest real 0x704 is guest absolute 0x8704.  The guest then
# takes an operation exception through its new lowcore at 0x8000 (program-new wait 0xBEE0);
# guest absolute 0x8C, its old lowcore, stays untouched.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST
        GUEST_LOAD
        sie     0(%r15)
        RECORD
        llilf   %r1,GMSO                # SPX 0x700: guest absolute = real 0x700 (prefix 0)
        mvc     4(4,%r15),0x700(%r1)
        sie     0(%r15)
        RECORD
        llilf   %r1,GMSO+0x8000         # STPX 0x704: real 0x704 -> absolute 0x8704
        mvc     0x704(4,%r1),4(%r15)
        sie     0(%r15)
        RECORD
        lay     %r2,RES
        mvc     0xf0(4,%r2),4(%r15)
        mvc     0xf4(4,%r2),0x704(%r1)
        mvc     0xf8(4,%r2),0x8c(%r1)
        llilf   %r1,GMSO
        mvc     0xfc(4,%r2),0x8c(%r1)
        EXIT
        GUEST_AT
        llill   %r4,0x8000
        mvc     0(256,%r4),0
        mvc     256(256,%r4),256
        llill   %r5,0xbee0
        st      %r5,0x1dc(%r4)
        st      %r4,0x700
        spx     0x700
        stpx    0x704
        .short  0x0000
        SIE_DATA
