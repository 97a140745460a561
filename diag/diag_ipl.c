/* DIAGNOSE X'308': IPL functions (the interface of Linux's arch/s390/kernel/ipl.c and
 * asm/ipl.h, as KVM/QEMU and PR/SM serve it).
 *
 *   Ry      the subcode, bits 48-63; bit 47 is Linux's DIAG308_FLAG_EI, accepted and
 *           ignored; any other bit: specification exception
 *   Rx      subcodes 5 and 6: the real address of the IPL parameter block (4 KiB aligned)
 *   Rx+1    subcodes 5 and 6: the return code (the whole register)
 *
 *   0  modified clear reset, then execution from the IPL PSW at absolute 0
 *   1  load-normal reset, then the same
 *   3  load clear: clear reset, storage zeroed, the image loaded again (Linux's re-IPL)
 *   4  load normal: load-normal reset, storage kept, the image loaded again
 *   5  set the IPL parameters: rc X'0001' accepted, X'0402' the block is not valid
 *   6  store the IPL parameters: rc X'0001' stored, X'0102' none were set
 *   other subcodes (2: release the HSA, 7 ...): specification exception
 *
 * 5 and 6: an odd Rx or a block not on a 4 KiB boundary is a specification exception, a
 * block page outside storage an addressing exception, a store the key forbids a protection
 * exception.  The resets are asked of the hypervisor (vm->ops->reset): the issuing CPU stops
 * and the run controller performs the reset once every CPU has stopped. */
#include <stdio.h>
#include <string.h>

#include "access.h"
#include "diag.h"

#define SUB_FLAG_EI (1ULL << 16) /* Linux's DIAG308_FLAG_EI */

#define RC_OK 0x0001
#define RC_NO_CONFIG 0x0102
#define RC_INVALID 0x0402

/* The IPL parameter list header and the block header after it (Linux's struct ipl_pl_hdr,
 * struct ipl_pb_hdr). */
#define PL_LEN 0      /* 4 length of the whole list, this header included */
#define PL_FLAGS 4    /* 1 */
#define PL_VERSION 7  /* 1 must be 0 */
#define PL_HDR_SIZE 8
#define PB_LEN 8      /* 4 length of block 0 */
#define PB_PBT 12     /* 1 block type */
#define PB_HDR_SIZE 8
_Static_assert(PL_HDR_SIZE + PB_HDR_SIZE == 16, "the two headers");

#define PBT_FCP 0
#define PBT_CCW 2
#define LEN_MIN_CCW 200 /* the list header and struct ipl_pb0_ccw */
#define LEN_MIN_FCP 384 /* the list header and struct ipl_pb0_fcp */

static const char *const reset_name[] = {
    [0] = "modified clear reset, IPL PSW at 0",
    [1] = "load-normal reset, IPL PSW at 0",
    [3] = "load clear: re-IPL",
    [4] = "load normal: re-IPL",
};

/* The block address in Rx: even register, 4 KiB aligned, the page in storage. */
static int block_at(struct diag_call *dc, uint64_t *addr)
{
    if (dc->rx & 1)
        return PGM_SPECIFICATION;
    *addr = dc->cpu->gr[dc->rx] & amode_mask(dc->cpu);
    return diag_block(dc, *addr, DIAG_IPL_PARM_MAX, DIAG_IPL_PARM_MAX, false);
}

static const char *invalid_why(const uint8_t *h, uint32_t len)
{
    if (len < PL_HDR_SIZE + PB_HDR_SIZE || len > DIAG_IPL_PARM_MAX)
        return "list length";
    if (h[PL_VERSION] != 0)
        return "version";
    uint32_t blen = ld_be32(h + PB_LEN);
    if (blen < PB_HDR_SIZE || blen > len - PL_HDR_SIZE)
        return "block length";
    switch (h[PB_PBT]) {
    case PBT_CCW:
        return len < LEN_MIN_CCW ? "CCW block length" : NULL;
    case PBT_FCP:
        return len < LEN_MIN_FCP ? "FCP block length" : NULL;
    default:
        return "block type";
    }
}

static int set_parms(struct diag_call *dc)
{
    uint64_t addr;
    int rc = block_at(dc, &addr);
    if (rc)
        return rc;
    uint8_t h[PL_HDR_SIZE + PB_HDR_SIZE];
    if ((rc = diag_read(dc, addr, h, sizeof h)))
        return rc;
    uint32_t len = ld_be32(h + PL_LEN);
    const char *why = invalid_why(h, len);
    uint64_t *r = &dc->cpu->gr[dc->rx + 1];
    if (why) {
        *r = RC_INVALID;
        snprintf(dc->note, sizeof dc->note, "set IPL parameters: not valid (%s), rc X'0402'", why);
        return DIAG_DONE;
    }
    uint8_t blk[DIAG_IPL_PARM_MAX];
    if ((rc = diag_read(dc, addr, blk, len)))
        return rc;
    pthread_mutex_lock(&dc->vm->lock);
    memcpy(dc->vm->ipl_parm, blk, len);
    dc->vm->ipl_parm_len = len;
    pthread_mutex_unlock(&dc->vm->lock);
    *r = RC_OK;
    snprintf(dc->note, sizeof dc->note, "set IPL parameters: type %u, %u bytes, rc X'0001'", (unsigned)h[PB_PBT],
             (unsigned)len);
    return DIAG_DONE;
}

static int store_parms(struct diag_call *dc)
{
    uint64_t addr;
    int rc = block_at(dc, &addr);
    if (rc)
        return rc;
    uint64_t *r = &dc->cpu->gr[dc->rx + 1];
    pthread_mutex_lock(&dc->vm->lock);
    uint32_t len = dc->vm->ipl_parm_len;
    if (len)
        rc = diag_write(dc, addr, dc->vm->ipl_parm, len);
    pthread_mutex_unlock(&dc->vm->lock);
    if (rc)
        return rc;
    *r = len ? RC_OK : RC_NO_CONFIG;
    if (len)
        snprintf(dc->note, sizeof dc->note, "store IPL parameters: %u bytes, rc X'0001'", (unsigned)len);
    else
        snprintf(dc->note, sizeof dc->note, "store IPL parameters: none set, rc X'0102'");
    return DIAG_DONE;
}

int diag_308(struct diag_call *dc)
{
    uint64_t ry = dc->cpu->gr[dc->ry];
    if (ry & ~(0xFFFFULL | SUB_FLAG_EI))
        return PGM_SPECIFICATION;
    unsigned sub = (unsigned)(ry & 0xFFFF);
    switch (sub) {
    case DIAG_RESET_CLEAR:
    case DIAG_RESET_NORMAL:
    case DIAG_RESET_LOAD_CLEAR:
    case DIAG_RESET_LOAD_NORMAL:
        if (!dc->vm->ops || !dc->vm->ops->reset)
            return PGM_SPECIFICATION; /* a hypervisor that cannot reset */
        snprintf(dc->note, sizeof dc->note, "subcode %u: %s", sub, reset_name[sub]);
        return dc->vm->ops->reset(dc->vm->host, dc->vm, dc->cpu, (int)sub);
    case 5:
        return set_parms(dc);
    case 6:
        return store_parms(dc);
    default:
        return PGM_SPECIFICATION;
    }
}
