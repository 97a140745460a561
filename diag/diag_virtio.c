/* DIAGNOSE X'500': the KVM virtio hypercall (Linux drivers/s390/virtio/virtio_ccw.c; QEMU's
 * s390-virtio-hcall for the results).  zsie has no virtio devices yet, so a notification
 * finds no subchannel.
 *
 *   R1  the function: 3 virtio-ccw notify
 *   R2  the subchannel identifier (bits 32-63); on return the result: -22 (-EINVAL, "no such
 *       device", as QEMU answers for a subchannel that does not exist)
 *   R3  the virtqueue index; R4 the host cookie (both only read)
 * The registers are fixed, not Rx/Ry; CC unchanged.  Another function: specification
 * exception (what QEMU presents for a function it has no handler for). */
#include <inttypes.h>
#include <stdio.h>

#include "diag.h"

#define VIRTIO_CCW_NOTIFY 3
#define RESULT_NO_DEVICE (-22)

int diag_500(struct diag_call *dc)
{
    struct cpu *cpu = dc->cpu;
    if (cpu->gr[1] != VIRTIO_CCW_NOTIFY)
        return PGM_SPECIFICATION;
    snprintf(dc->note, sizeof dc->note, "notify subchannel %08" PRIX32 " queue %" PRIu64 ": no such device",
             (uint32_t)cpu->gr[2], cpu->gr[3]);
    cpu->gr[2] = (uint64_t)(int64_t)RESULT_NO_DEVICE;
    return DIAG_DONE;
}
