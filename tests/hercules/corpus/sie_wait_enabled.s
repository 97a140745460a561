# A guest entering an enabled wait (external and I/O enabled, but nothing can come: guest
# CR0 has no subclass on, no intervention requested) also exits with code 0x1C and the wait
# PSW; the host, not the guest, decides how to wait.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST
        GUEST_LOAD
        sie     0(%r15)
        RECORD
        EXIT
        GUEST_AT
        larl    %r12,ewait
        lpswe   0(%r12)
        .balign 8
ewait:  .quad   0x0302000180000000, 0x4444
        SIE_DATA
