# A guest load past the end of its storage (1 MiB guest, address 0x100000): an addressing
# exception for the guest.  Hercules 3.13 always intercepts addressing exceptions (code 8, ILC 6,
# code 5 in SD 0xCC, PSW past the LG: suppression), leaving the decision to the host (which
# may back the storage).  The host storage behind that address exists, so only the guest limit
# forbids it.
        .include "common.s"
        .include "sie.inc"
main:   SIE_SETUP
        SD_GUEST
        GUEST_LOAD
        sie     0(%r15)
        RECORD
        GUEST_PGMINFO
        EXIT
        GUEST_AT
        lghi    %r1,-1
        llilf   %r2,0x100000
        lg      %r1,0(%r2)
        GEND
        GWAIT
        SIE_DATA
