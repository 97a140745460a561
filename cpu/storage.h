/* Absolute storage and its storage keys (PoP chapter 3).  Bytes are kept in the architecture's
 * (big-endian) order, so a byte address means the same thing to guest and host. */
#ifndef ZSIE_STORAGE_H
#define ZSIE_STORAGE_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PAGE_SHIFT 12
#define PAGE_SIZE 4096ULL
#define PAGE_MASK (~(PAGE_SIZE - 1))

/* Storage key byte, one per 4 KiB block: ACC in bits 0-3, F, R, C. */
#define SKEY_ACC 0xF0
#define SKEY_F 0x08
#define SKEY_R 0x04
#define SKEY_C 0x02

struct storage {
    uint8_t *bytes;  /* size bytes, plus a guard tail so 8-byte reads near the end stay inside */
    uint64_t size;   /* a multiple of PAGE_SIZE */
    uint8_t *keys;   /* size / PAGE_SIZE storage keys */
    /* bumped when every CPU's TLB must go (key changes, IPTE): each CPU compares it with the
     * value it last saw at slice boundaries (tlb_sync) */
    _Atomic uint32_t tlb_gen;
    /* A pageable SIE guest's storage is host virtual: its frame i lives at host absolute
     * address frame_map[i >> STORAGE_SEG_SHIFT][i & STORAGE_SEG_MASK] of the host's bytes/keys
     * (which `bytes` and `keys` then point at), found on first use by map_fill; a segment of
     * the map is made when one of its frames is first used (NULL before), an entry is
     * STORAGE_FRAME_UNKNOWN until then.  The map caches the host's DAT and may be dropped at
     * any time.  NULL for storage that is contiguous (everything else). */
    uint64_t **frame_map;
    void (*map_fill)(const struct storage *s, uint64_t frame);
    void *map_ctx;
    uint8_t *no_frame; /* what storage_ptr gives for an unmapped frame: a harmless scratch page */
};

#define STORAGE_FRAME_UNKNOWN (~0ULL)
#define STORAGE_SEG_SHIFT 8 /* frames per map segment: 256, 1 MiB of guest storage */
#define STORAGE_SEG_MASK ((1u << STORAGE_SEG_SHIFT) - 1)
#define STORAGE_NO_FRAME (~1ULL)

/* The mapped case, out of line (storage.c). */
bool storage_mapped(const struct storage *s, uint64_t abs, uint64_t len);
uint64_t storage_host_abs(const struct storage *s, uint64_t abs);

/* Allocate zeroed storage of size bytes (rounded up to a page).  Returns 0 or -1. */
int storage_init(struct storage *s, uint64_t size);
void storage_free(struct storage *s);
/* Make [off, off+len) of storage (page aligned, at least two pages) a guard: its first page
 * read-only, the rest inaccessible, so that whatever writes into it faults loudly (the gaps
 * between the control program's virtual machines).  0 or -1. */
int storage_guard(struct storage *s, uint64_t off, uint64_t len);
void storage_clear(struct storage *s); /* contents and keys to zero (clear reset) */
/* Release the 4 KiB frames of absolute [abs, abs + len) (DIAGNOSE X'010'): they read as
 * zeros afterwards, their storage keys are 0, and the host memory behind whole host pages is
 * given back to the host.  Frames of mapped storage that map nothing are skipped.  Returns
 * the bytes of host memory given back. */
uint64_t storage_release(struct storage *s, uint64_t abs, uint64_t len);
/* A size as people write it: decimal (or 0x hex) bytes with an optional K, M, G or T suffix
 * (powers of 1024).  False for anything else, signs included, or an overflow. */
bool storage_parse_size(const char *text, uint64_t *out);

static inline bool storage_valid(const struct storage *s, uint64_t abs, uint64_t len)
{
    if (abs >= s->size || len > s->size - abs)
        return false;
    return !s->frame_map || storage_mapped(s, abs, len);
}

/* Host address of absolute byte abs (checked with storage_valid first).  For mapped storage a
 * range is contiguous only within its frame. */
static inline uint8_t *storage_ptr(const struct storage *s, uint64_t abs)
{
    if (__builtin_expect(!s->frame_map, 1))
        return s->bytes + abs;
    uint64_t h = storage_host_abs(s, abs);
    return h == STORAGE_NO_FRAME ? s->no_frame + (abs & (PAGE_SIZE - 1)) : s->bytes + h;
}

/* The storage key of the 4 KiB block holding abs (checked with storage_valid first). */
static inline uint8_t *storage_key(const struct storage *s, uint64_t abs)
{
    if (__builtin_expect(!s->frame_map, 1))
        return &s->keys[abs >> PAGE_SHIFT];
    uint64_t h = storage_host_abs(s, abs);
    return h == STORAGE_NO_FRAME ? s->no_frame + PAGE_SIZE : &s->keys[h >> PAGE_SHIFT];
}

/* Storage-key bytes are shared by every CPU thread: the reference and change bits are set by
 * whichever CPU touches the block, so key updates are atomic read-modify-writes. */
static inline uint8_t skey_load(const uint8_t *k) { return __atomic_load_n(k, __ATOMIC_RELAXED); }
static inline void skey_store(uint8_t *k, uint8_t v) { __atomic_store_n(k, v, __ATOMIC_RELAXED); }
static inline uint8_t skey_or(uint8_t *k, uint8_t bits) { return __atomic_fetch_or(k, bits, __ATOMIC_RELAXED); }
static inline uint8_t skey_and(uint8_t *k, uint8_t bits) { return __atomic_fetch_and(k, bits, __ATOMIC_RELAXED); }

/* Big-endian loads and stores on host memory. */
static inline uint16_t ld_be16(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }
static inline uint32_t ld_be32(const uint8_t *p)
{
    uint32_t v;
    __builtin_memcpy(&v, p, 4);
    return __builtin_bswap32(v);
}
static inline uint64_t ld_be64(const uint8_t *p)
{
    uint64_t v;
    __builtin_memcpy(&v, p, 8);
    return __builtin_bswap64(v);
}
static inline void st_be16(uint8_t *p, uint16_t v) { p[0] = (uint8_t)(v >> 8); p[1] = (uint8_t)v; }
static inline void st_be32(uint8_t *p, uint32_t v)
{
    v = __builtin_bswap32(v);
    __builtin_memcpy(p, &v, 4);
}
static inline void st_be64(uint8_t *p, uint64_t v)
{
    v = __builtin_bswap64(v);
    __builtin_memcpy(p, &v, 8);
}

#endif
