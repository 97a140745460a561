/* Logical, real and absolute storage access for one CPU (PoP chapter 3, "Storage addressing"
 * and "Protection").  The fast path is a TLB hit that yields a host pointer into absolute
 * storage; everything else (DAT, prefixing, key-controlled and low-address protection,
 * reference and change bits, addressing exceptions) happens once per page in tlb_fill().
 *
 * Every function returns 0 or a program-interruption code; on a code, no byte was stored. */
#ifndef ZSIE_ACCESS_H
#define ZSIE_ACCESS_H

#include "cpu.h"
#include "storage.h"

/* Prefixing: real -> absolute.  The mapping is its own inverse. */
static inline uint64_t real_to_abs(const struct cpu *cpu, uint64_t real)
{
    uint64_t p = cpu->prefix;
    if (real < 0x2000)
        return real + p;
    if ((real & ~0x1FFFULL) == p)
        return real - p;
    return real;
}

/* Fill the TLB entry for the page of va, checking access acc.  On success *host points at
 * the byte for va.  Stores that must not go through the fast path (low-address-protected
 * pages) get a pointer but no cached store tag. */
int tlb_fill(struct cpu *cpu, uint64_t va, size_t len, enum access acc, uint8_t **host);
void tlb_flush(struct cpu *cpu);
/* Flush this CPU's TLB and make every CPU sharing the storage flush its own at its next slice
 * boundary (storage-key changes, IPTE, CSP). */
void tlb_flush_all(struct cpu *cpu);
/* Called by the loop between slices: catch up with tlb_flush_all() of other CPUs. */
static inline void tlb_sync(struct cpu *cpu)
{
    uint32_t g = atomic_load_explicit(&cpu->mem->tlb_gen, memory_order_acquire);
    if (__builtin_expect(g != cpu->tlb_gen, 0)) {
        cpu->tlb_gen = g;
        tlb_flush(cpu);
    }
}
/* One uncached access check of len bytes at va (within one page) in the address space asc
 * (PSW bits 16-17 encoding) with access key `key`, for instructions that name both (MVCOS).
 * Returns 0 with *host set, or a program-interruption code with the TEID set. */
int access_as(struct cpu *cpu, uint64_t va, size_t len, enum access acc, unsigned asc, unsigned key, uint8_t **host);
/* Key-controlled protection (PoP "Key-Controlled Protection") of an access with access key
 * `key` to the block whose storage key is skey: 0 or PGM_PROTECTION.  *partial is set when
 * only the fetch-protection override allowed it (valid for those bytes, not the page). */
int storage_key_check(const struct cpu *cpu, unsigned key, uint8_t skey, enum access acc, uint64_t va,
                      size_t len, bool private_space, bool *partial);

static inline uint8_t *tlb_hit(struct cpu *cpu, uint64_t va, enum access acc)
{
    struct tlb_entry *e = &cpu->tlb[(va >> PAGE_SHIFT) & (TLB_SIZE - 1)];
    if (e->tag[acc] == ((va & PAGE_MASK) | 1))
        return e->host + (va & ~PAGE_MASK);
    return NULL;
}

/* Host pointer for len bytes at logical address va; the caller keeps va..va+len-1 within one
 * page.  The whole range is checked (low-address protection is byte-exact). */
static inline int vptr(struct cpu *cpu, uint64_t va, size_t len, enum access acc, uint8_t **p)
{
    uint8_t *h = tlb_hit(cpu, va, acc);
    if (h) {
        *p = h;
        return 0;
    }
    return tlb_fill(cpu, va, len, acc, p);
}

/* Byte-string access that may cross pages (and wraps at the addressing mode).  A store
 * checks every page first, so an exception leaves storage unchanged. */
int vread(struct cpu *cpu, uint64_t va, void *buf, size_t len);
int vwrite(struct cpu *cpu, uint64_t va, const void *buf, size_t len);
/* Check that len bytes at va are accessible for acc, without touching them. */
int vcheck(struct cpu *cpu, uint64_t va, size_t len, enum access acc);

#define VACCESS_DEFINE(bits, type)                                                       \
    static inline int vread##bits(struct cpu *cpu, uint64_t va, type *v)                \
    {                                                                                   \
        if ((va & ~PAGE_MASK) <= PAGE_SIZE - (bits) / 8) {                              \
            uint8_t *p;                                                                 \
            int rc = vptr(cpu, va, (bits) / 8, ACC_FETCH, &p);                                   \
            if (rc)                                                                     \
                return rc;                                                              \
            *v = (type)ld_be##bits(p);                                                  \
            return 0;                                                                   \
        }                                                                               \
        uint8_t b[(bits) / 8];                                                          \
        int rc = vread(cpu, va, b, sizeof b);                                           \
        if (!rc)                                                                        \
            *v = (type)ld_be##bits(b);                                                  \
        return rc;                                                                      \
    }                                                                                   \
    static inline int vwrite##bits(struct cpu *cpu, uint64_t va, type v)                \
    {                                                                                   \
        if ((va & ~PAGE_MASK) <= PAGE_SIZE - (bits) / 8) {                              \
            uint8_t *p = tlb_hit(cpu, va, ACC_STORE);                                   \
            if (p) {                                                                    \
                st_be##bits(p, v);                                                      \
                return 0;                                                               \
            }                                                                           \
        }                                                                               \
        uint8_t b[(bits) / 8];                                                          \
        st_be##bits(b, v);                                                              \
        return vwrite(cpu, va, b, sizeof b);                                            \
    }

static inline uint8_t ld_be8(const uint8_t *p) { return *p; }
static inline void st_be8(uint8_t *p, uint8_t v) { *p = v; }
VACCESS_DEFINE(8, uint8_t)
VACCESS_DEFINE(16, uint16_t)
VACCESS_DEFINE(32, uint32_t)
VACCESS_DEFINE(64, uint64_t)
#undef VACCESS_DEFINE

/* Real and absolute access for the system instructions and interruptions (no DAT, no key
 * check; addressing exception past the end of storage). */
static inline int real_ptr(struct cpu *cpu, uint64_t real, uint64_t len, uint8_t **p)
{
    uint64_t abs = real_to_abs(cpu, real);
    if (!storage_valid(cpu->mem, abs, len))
        return PGM_ADDRESSING;
    *p = storage_ptr(cpu->mem, abs);
    return 0;
}

/* The lowcore: the 8 KiB at the prefix, addressed by real address 0..0x1FFF. */
static inline uint8_t *lowcore(struct cpu *cpu)
{
    return storage_ptr(cpu->mem, cpu->prefix);
}

#endif
