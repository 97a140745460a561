/* The slow path of storage access: one TLB fill per page does DAT, prefixing, the
 * protection checks and the reference/change bits, so that the fast path is a tag compare. */
#include "access.h"

#include <string.h>

#include "dat.h"

#define CR0_LAP (1ULL << (63 - 35)) /* low-address-protection control */
#define CR0_FPO (1ULL << (63 - 38)) /* fetch-protection-override control */
#define CR0_SPO (1ULL << (63 - 39)) /* storage-protection-override control */

/* Low-address protection covers effective addresses 0-511 and 4096-4607, byte for byte;
 * the range va..va+len-1 lies within one page. */
static bool lap_hit(uint64_t va, size_t len)
{
    if (va >= 0x1200)
        return false;
    uint64_t end = va + len - 1;
    return va <= 0x1FF || (end >= 0x1000 && va <= 0x11FF);
}

int storage_key_check(const struct cpu *cpu, unsigned key, uint8_t skey, enum access acc, uint64_t va,
                      size_t len, bool private_space, bool *partial)
{
    unsigned acc_bits = skey >> 4;
    if (key == 0 || acc_bits == key)
        return 0;
    if ((cpu->cr[0] & CR0_SPO) && acc_bits == 9)
        return 0;
    if (acc == ACC_STORE)
        return PGM_PROTECTION;
    if (!(skey & SKEY_F))
        return 0;
    /* fetch-protection override: effective addresses 0-2047 may be fetched, except in a
     * private space; it is byte-exact, so the page must not be cached for fetches */
    if ((cpu->cr[0] & CR0_FPO) && !private_space && va + len - 1 <= 0x7FF) {
        *partial = true;
        return 0;
    }
    return PGM_PROTECTION;
}

/* What one access check found out, for the caller that caches it. */
struct xlate {
    uint64_t abs;      /* absolute address of va */
    enum asce_id id;   /* the space used (TEID) */
    bool lap_page;     /* the page holds low-address-protected bytes */
    bool partial;      /* allowed for these bytes only (fetch-protection override) */
};

/* The whole access check for len bytes at va (one page) in address space asc (PSW bits
 * 16-17 encoding) with access key `key`: low-address protection, DAT, DAT protection,
 * addressing, key-controlled protection, reference and change bits.  Sets cpu->teid with
 * the exceptions that report one. */
static int translate(struct cpu *cpu, uint64_t va, size_t len, enum access acc, unsigned asc, unsigned key,
                     struct xlate *x)
{
    bool dat = (cpu->psw.mask & PSW_DAT) != 0;
    uint64_t asce = 0;
    x->id = ASID_PRIMARY;
    x->partial = false;
    if (dat)
        asce = dat_asce_for(cpu, asc, acc, &x->id);
    bool private_space = dat && (asce & ASCE_P);
    /* low-address protection applies to the effective address, ahead of translation */
    x->lap_page = (cpu->cr[0] & CR0_LAP) && !private_space && va < 0x2000;
    if (acc == ACC_STORE && x->lap_page && lap_hit(va, len)) {
        cpu->teid = teid_for(va, acc, x->id) | TEID_LAP;
        cpu->exc_access_id = 0;
        return PGM_PROTECTION;
    }
    struct dat_walk w = {.addr = va};
    if (dat) {
        int rc = dat_walk(cpu, asce, va, &w);
        if (rc) {
            if (rc != PGM_ADDRESSING && rc != PGM_TRANSLATION_SPEC) {
                cpu->teid = teid_for(va, acc, x->id);
                cpu->exc_access_id = 0;
            }
            return rc;
        }
        if (acc == ACC_STORE && w.prot) {
            cpu->teid = teid_for(va, acc, x->id) | TEID_DAT;
            cpu->exc_access_id = 0;
            return PGM_PROTECTION;
        }
    }
    x->abs = w.absolute ? w.addr : real_to_abs(cpu, w.addr);
    if (!storage_valid(cpu->mem, x->abs, 1))
        return PGM_ADDRESSING;
    uint8_t *skey = storage_key(cpu->mem, x->abs);
    uint8_t kv = skey_load(skey);
    if (storage_key_check(cpu, key, kv, acc, va, len, private_space, &x->partial)) {
        cpu->teid = teid_for(va, acc, x->id) | TEID_KEY;
        cpu->exc_access_id = 0;
        return PGM_PROTECTION;
    }
    uint8_t rc_bits = SKEY_R | (acc == ACC_STORE ? SKEY_C : 0);
    if ((kv & rc_bits) != rc_bits)
        skey_or(skey, rc_bits);
    return 0;
}

int access_as(struct cpu *cpu, uint64_t va, size_t len, enum access acc, unsigned asc, unsigned key, uint8_t **host)
{
    struct xlate x;
    int rc = translate(cpu, va, len ? len : 1, acc, asc, key, &x);
    if (!rc)
        *host = storage_ptr(cpu->mem, x.abs);
    return rc;
}

int tlb_fill(struct cpu *cpu, uint64_t va, size_t len, enum access acc, uint8_t **host)
{
    struct xlate x;
    unsigned asc = (unsigned)((cpu->psw.mask & PSW_ASC_MASK) >> PSW_ASC_SHIFT);
    int rc = translate(cpu, va, len ? len : 1, acc, asc, psw_key(cpu), &x);
    if (rc)
        return rc;
    uint64_t abs = x.abs;
    bool lap_page = x.lap_page, partial = x.partial;
    enum asce_id id = x.id;

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
    if (partial) {
        /* fetch allowed by the override for these bytes only: nothing cached */
    } else if (acc == ACC_STORE) {
        /* a store right implies fetch rights; pages under low-address protection never get a
         * cached store tag, since the check is byte-exact */
        if (!lap_page)
            e->tag[ACC_STORE] = tag;
        e->tag[ACC_FETCH] = tag;
        /* in the secondary-space mode instructions come from another space */
        if (id != ASID_SECONDARY)
            e->tag[ACC_IFETCH] = tag;
    } else {
        e->tag[acc] = tag;
    }
    *host = base + (va & ~PAGE_MASK);
    return 0;
}

void tlb_flush_all(struct cpu *cpu)
{
    cpu->tlb_gen = atomic_fetch_add_explicit(&cpu->mem->tlb_gen, 1, memory_order_acq_rel) + 1;
    tlb_flush(cpu);
}

void tlb_flush(struct cpu *cpu)
{
    memset(cpu->tlb, 0, sizeof cpu->tlb);
    ic_invalidate(cpu);
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
