/* The slow path of storage access: one TLB fill per page does DAT, prefixing, the
 * protection checks and the reference/change bits, so that the fast path is a tag compare. */
#include "access.h"

#include <string.h>

#include "dat.h"

#define CR0_LAP (1ULL << (63 - 35)) /* low-address-protection control */

static bool lap_applies(const struct cpu *cpu, uint64_t va, size_t len)
{
    if (!(cpu->cr[0] & CR0_LAP) || va >= 0x1200)
        return false;
    uint64_t end = va + len - 1; /* callers keep the range within one page */
    return va <= 0x1FF || (end >= 0x1000 && va <= 0x11FF);
}

static int key_check(const struct cpu *cpu, uint8_t skey, enum access acc)
{
    unsigned k = psw_key(cpu);
    if (k == 0 || (unsigned)(skey >> 4) == k)
        return 0;
    if (acc != ACC_STORE && !(skey & SKEY_F))
        return 0;
    return PGM_PROTECTION;
}

int tlb_fill(struct cpu *cpu, uint64_t va, size_t len, enum access acc, uint8_t **host)
{
    uint64_t real = va;
    bool dat_prot = false;
    if (cpu->psw.mask & PSW_DAT) {
        int rc = dat_translate(cpu, va, acc, &real, &dat_prot);
        if (rc)
            return rc;
    }
    if (acc == ACC_STORE) {
        bool lap = lap_applies(cpu, va, len ? len : 1);
        if (dat_prot || lap) {
            /* TEID: page address; bit 61 tells DAT protection, LAP leaves bits 60-61 zero */
            cpu->teid = (va & PAGE_MASK) | (dat_prot && !lap ? 4 : 0);
            return PGM_PROTECTION;
        }
    }
    uint64_t abs = real_to_abs(cpu, real);
    if (abs >= cpu->mem->size)
        return PGM_ADDRESSING;
    uint8_t *key = &cpu->mem->keys[abs >> PAGE_SHIFT];
    if (key_check(cpu, *key, acc)) {
        cpu->teid = va & PAGE_MASK;
        return PGM_PROTECTION;
    }
    *key |= SKEY_R | (acc == ACC_STORE ? SKEY_C : 0);

    uint64_t page = va & PAGE_MASK;
    uint8_t *base = storage_ptr(cpu->mem, abs & PAGE_MASK);
    struct tlb_entry *e = &cpu->tlb[(va >> PAGE_SHIFT) & (TLB_SIZE - 1)];
    for (int i = 0; i < 3; i++) {
        if (e->tag[i] && ((e->tag[i] & PAGE_MASK) != page || e->host != base)) {
            memset(e->tag, 0, sizeof e->tag); /* the slot held another page */
            break;
        }
    }
    e->host = base;
    e->abs = abs & PAGE_MASK;
    uint64_t tag = page | 1;
    if (acc == ACC_STORE) {
        /* a store right implies fetch rights; pages under low-address protection never get a
         * cached store tag, since the check is byte-exact */
        if (!((cpu->cr[0] & CR0_LAP) && page < 0x2000))
            e->tag[ACC_STORE] = tag;
        e->tag[ACC_FETCH] = e->tag[ACC_IFETCH] = tag;
    } else {
        e->tag[acc] = tag;
    }
    *host = base + (va & ~PAGE_MASK);
    return 0;
}

void tlb_flush(struct cpu *cpu)
{
    memset(cpu->tlb, 0, sizeof cpu->tlb);
    cpu->ic_page = 1; /* matches no address: page addresses are even */
}

/* Walk len bytes from va page by page; with buf NULL only check. */
static int walk(struct cpu *cpu, uint64_t va, uint8_t *rbuf, const uint8_t *wbuf, size_t len, enum access acc)
{
    uint64_t am = amode_mask(cpu);
    while (len) {
        size_t chunk = PAGE_SIZE - (va & ~PAGE_MASK);
        if (chunk > len)
            chunk = len;
        uint8_t *p;
        int rc = vptr(cpu, va, chunk, acc, &p);
        if (rc)
            return rc;
        if (rbuf) {
            memcpy(rbuf, p, chunk);
            rbuf += chunk;
        } else if (wbuf) {
            memcpy(p, wbuf, chunk);
            wbuf += chunk;
        }
        len -= chunk;
        va = (va + chunk) & am;
    }
    return 0;
}

int vread(struct cpu *cpu, uint64_t va, void *buf, size_t len)
{
    return walk(cpu, va, buf, NULL, len, ACC_FETCH);
}

int vwrite(struct cpu *cpu, uint64_t va, const void *buf, size_t len)
{
    int rc = walk(cpu, va, NULL, NULL, len, ACC_STORE);
    return rc ? rc : walk(cpu, va, NULL, buf, len, ACC_STORE);
}

int vcheck(struct cpu *cpu, uint64_t va, size_t len, enum access acc)
{
    return walk(cpu, va, NULL, NULL, len, acc);
}
