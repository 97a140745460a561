# Key-controlled protection: page 0x5000 key 3, PSW key 2: store protected (suppressed),
# fetch allowed.  Low-address protection (CR0 bit 35) rejects a key-0 store to 0x100.
# TEID bits of ESOP-2 are not compared (Hercules 3.13 is at ESOP-1 level).
# ignore: ESOP2
        .include "common.s"
        lghi    %r1,0x30
        llilf   %r2,0x5000
        sske    %r1,%r2
        ONPGM   1f                      # before SPKA: low core is key 0
        spka    0x20
        l       %r3,0(%r2)
        st      %r3,0(%r2)
1:      spka    0
        stctg   %c0,%c0,0x40(%r13)
        oi      0x44(%r13),0x10         # bit 35: low-address protection
        lctlg   %c0,%c0,0x40(%r13)
        mvhi    0x100,1                 # protection, ends the run
        EXIT
