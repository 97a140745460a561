# SPKA sets the PSW key from bits 56-59 of the address; IPK inserts it into R2 bits 56-59
# (other bits unchanged); a store with key 5 into a key-0 page is a protection exception.
# TEID bits of ESOP-2 are not compared (Hercules 3.13 is at ESOP-1 level).
# ignore: ESOP2
        .include "common.s"
        ONPGM   1f                      # before any SPKA: low core is key 0
        lghi    %r2,-1
        ipk
        lgr     %r6,%r2
        spka    0x50
        lghi    %r2,0
        ipk
        lgr     %r7,%r2
        epsw    %r3,%r4
        lghi    %r9,0x9f
        spka    0(%r9)                  # key 9
        ipk
        lgr     %r8,%r2
        l       %r5,0(%r13)             # fetch: no fetch protection, allowed
        mvi     0x40(%r13),1            # store: protection
1:      spka    0
        stmg    %r3,%r8,0(%r13)
        EXIT
