/* The virtual machine's storage: DIAGNOSE X'010' release pages, X'258' page-reference
 * services (the pfault handshake) and X'260' storage information (z/VM CP Programming
 * Services; KVM's arch/s390/kvm/diag.c for the X'010' and X'258' checks where z/VM's text is
 * silent; Hercules' vm.c for X'260').
 *
 *   X'010'  Rx real address of the first page, Ry of the last page (both on 4 KiB
 *           boundaries).  Specification: unaligned, Rx > Ry, or Rx inside the first 8 KiB
 *           (the prefix pages).  Addressing: Ry beyond the virtual machine's storage.  The
 *           pages then read as zeros, their storage keys are 0, and the host gets their
 *           memory back.  The real pages at the prefix (absolute 0-8 KiB) are not released.
 *           CC and registers unchanged.
 *   X'258'  Rx real address of the 32-byte parameter block (doubleword boundary).  Ry the
 *           return code: 0 done; subcode 0 (establish) 8 = a handshake is already on; subcode
 *           1 (cancel) 4 = none was on.
 *   X'260'  Ry the subcode: X'00' (not in 64-bit addressing mode) Rx bits 32-63 = the highest
 *           addressable byte; X'0C' Rx = Ry = the highest addressable byte; X'10' Rx (even)
 *           real address of the extent area (16-byte boundary), Rx+1 its length (a positive
 *           multiple of 16): the extents (start, end) stored, Ry = their number, CC 0 all
 *           stored, CC 1 there were more than fit.  Other subcodes: specification. */
#include <inttypes.h>
#include <string.h>

#include "access.h"
#include "diag.h"

#define PREFIX_AREA (2 * PAGE_SIZE)

/* ---- X'010' ---- */

/* One run of absolute frames: through the hypervisor's memory service where it has one (the
 * CP's kernel policy), else given back at once; the keys become 0 either way. */
static uint64_t release(struct diag_call *dc, uint64_t abs, uint64_t len)
{
    struct storage *mem = dc->cpu->mem;
    int64_t got = dc->vm->ops && dc->vm->ops->release ? dc->vm->ops->release(dc->vm->host, dc->vm, abs, len) : -1;
    if (got < 0)
        return storage_release(mem, abs, len);
    for (uint64_t a = abs; a < abs + len; a += PAGE_SIZE)
        skey_store(storage_key(mem, a), 0);
    return (uint64_t)got;
}

int diag_010(struct diag_call *dc)
{
    struct cpu *cpu = dc->cpu;
    uint64_t start = cpu->gr[dc->rx] & amode_mask(cpu);
    uint64_t last = cpu->gr[dc->ry] & amode_mask(cpu);
    if ((start & ~PAGE_MASK) || (last & ~PAGE_MASK) || start > last || start < PREFIX_AREA)
        return PGM_SPECIFICATION;
    if (last >= cpu->mem->size)
        return PGM_ADDRESSING;
    uint64_t end = last + PAGE_SIZE;
    /* real = absolute outside the prefix area; the real pages at the prefix are the absolute
     * 0-8 KiB, which stay (as KVM keeps them) */
    uint64_t px = cpu->prefix, given = 0;
    if (start < px)
        given += release(dc, start, (end < px ? end : px) - start);
    uint64_t from = start > px + PREFIX_AREA ? start : px + PREFIX_AREA;
    if (from < end)
        given += release(dc, from, end - from);
    tlb_flush_all(cpu); /* the keys changed */
    pthread_mutex_lock(&dc->vm->lock);
    dc->vm->released_bytes += given;
    pthread_mutex_unlock(&dc->vm->lock);
    snprintf(dc->note, sizeof dc->note, "released %" PRIu64 " pages %016" PRIX64 "-%016" PRIX64 ", %" PRIu64
             " KiB to the host", (uint64_t)((end - start) / PAGE_SIZE), start, end - 1, given / 1024);
    return DIAG_DONE;
}

/* ---- X'258' ---- */

/* The parameter block (PRS parameter list). */
enum {
    PRS_CODE = 0,        /* 2 X'0258' */
    PRS_SUBCODE = 2,     /* 2 0 establish (TOKEN), 1 cancel */
    PRS_LEN = 4,         /* 2 parameter-list length in doublewords, at least 5 */
    PRS_VERSION = 6,     /* 2 version, 2 */
    PRS_TOKEN = 8,       /* 8 real address of the token (doubleword boundary) */
    PRS_SELECT = 16,     /* 8 PSW select mask */
    PRS_COMPARE = 24,    /* 8 PSW compare mask */
    PRS_ZARCH = 32,      /* 8 X'8000000000000000' (z/Architecture) */
    PRS_SIZE = 40,
};
_Static_assert(PRS_ZARCH + 8 == PRS_SIZE, "X'258' parameter block");

#define PRS_ZARCH_ON 0x8000000000000000ULL
#define PRS_RC_ALREADY 8
#define PRS_RC_NONE 4

int diag_258(struct diag_call *dc)
{
    struct cpu *cpu = dc->cpu;
    struct diag_vm *vm = dc->vm;
    uint64_t addr = cpu->gr[dc->rx] & amode_mask(cpu);
    uint8_t p[PRS_SIZE];
    int rc = diag_block(dc, addr, PRS_SIZE, 8, false);
    if (!rc)
        rc = diag_read(dc, addr, p, PRS_SIZE);
    if (rc)
        return rc;
    if (ld_be16(p + PRS_CODE) != 0x258 || ld_be16(p + PRS_VERSION) != 2 || ld_be16(p + PRS_LEN) < 5)
        return PGM_SPECIFICATION;
    if (cpu->cpu_addr >= DIAG_MAX_CPUS)
        return PGM_SPECIFICATION;
    uint64_t token = ld_be64(p + PRS_TOKEN), sel = ld_be64(p + PRS_SELECT), cmp = ld_be64(p + PRS_COMPARE);
    uint64_t zarch = ld_be64(p + PRS_ZARCH);
    struct diag_pfault *pf = &vm->pfault[cpu->cpu_addr];
    uint64_t ry = 0;
    rc = DIAG_DONE;
    pthread_mutex_lock(&vm->lock);
    switch (ld_be16(p + PRS_SUBCODE)) {
    case 0:
        if (pf->on) {
            ry = PRS_RC_ALREADY; /* the token may not change while the handshake is on */
            snprintf(dc->note, sizeof dc->note, "pfault already on: rc 8, token kept");
            break;
        }
        if ((cmp & sel) != cmp || (token & 7) || zarch != PRS_ZARCH_ON) {
            rc = PGM_SPECIFICATION;
            break;
        }
        if (token + 8 > cpu->mem->size || token + 8 < token) {
            rc = PGM_ADDRESSING;
            break;
        }
        pf->on = true;
        pf->select = sel;
        pf->compare = cmp;
        vm->pfault_token[cpu->cpu_addr] = token;
        snprintf(dc->note, sizeof dc->note, "pfault on: token at %016" PRIX64 ", select %016" PRIX64
                 " compare %016" PRIX64, token, sel, cmp);
        break;
    case 1:
        if (token || sel || cmp || zarch) {
            rc = PGM_SPECIFICATION;
            break;
        }
        if (!pf->on) {
            ry = PRS_RC_NONE;
        } else {
            memset(pf, 0, sizeof *pf);
            vm->pfault_token[cpu->cpu_addr] = 0;
        }
        snprintf(dc->note, sizeof dc->note, "pfault cancel%s", ry ? ": none was on" : "");
        break;
    default:
        rc = PGM_SPECIFICATION;
        break;
    }
    pthread_mutex_unlock(&vm->lock);
    if (rc == DIAG_DONE)
        cpu->gr[dc->ry] = ry;
    return rc;
}

/* ---- X'260' ---- */

#define D260_HIGHEST 0x00
#define D260_HIGHEST64 0x0C
#define D260_EXTENTS 0x10
#define EXTENT_LEN 16

int diag_260(struct diag_call *dc)
{
    struct cpu *cpu = dc->cpu;
    uint64_t last = cpu->mem->size - 1;
    uint32_t sub = (uint32_t)cpu->gr[dc->ry];
    switch (sub) {
    case D260_HIGHEST:
        if (cpu->psw.mask & PSW_EA)
            return PGM_SPECIFICATION;
        diag_set_low32(&cpu->gr[dc->rx], last > 0x7FFFFFFF ? 0x7FFFFFFF : (uint32_t)last);
        snprintf(dc->note, sizeof dc->note, "highest byte %08" PRIX64, last > 0x7FFFFFFF ? 0x7FFFFFFF : last);
        return DIAG_DONE;
    case D260_HIGHEST64:
        cpu->gr[dc->rx] = last;
        cpu->gr[dc->ry] = last;
        snprintf(dc->note, sizeof dc->note, "highest byte %016" PRIX64, last);
        return DIAG_DONE;
    case D260_EXTENTS: {
        if (dc->rx & 1)
            return PGM_SPECIFICATION;
        uint64_t area = cpu->gr[dc->rx] & amode_mask(cpu);
        int64_t len = (int64_t)cpu->gr[dc->rx + 1];
        if ((area & 15) || len <= 0 || (len & 15))
            return PGM_SPECIFICATION;
        /* the virtual machine's storage is one extent, from 0 */
        uint8_t e[EXTENT_LEN];
        st_be64(e, 0);
        st_be64(e + 8, last);
        int rc = diag_write(dc, area, e, EXTENT_LEN);
        if (rc)
            return rc;
        cpu->gr[dc->ry] = 1;
        cpu->cc = 0;
        snprintf(dc->note, sizeof dc->note, "1 extent 0-%016" PRIX64, last);
        return DIAG_DONE;
    }
    default:
        return PGM_SPECIFICATION;
    }
}
