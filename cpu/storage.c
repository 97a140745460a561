/* Absolute storage: one host mapping, zeroed, with a guard tail so that the decode cache may
 * load 8 bytes at the last halfword of storage, then an inaccessible page, so that an overrun
 * of storage faults at once instead of touching other memory. */
#include "storage.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define GUARD_BYTES 16

static uint64_t host_page(void)
{
    long n = sysconf(_SC_PAGESIZE);
    return n > 0 ? (uint64_t)n : PAGE_SIZE;
}

/* bytes: size, the tail page (readable: GUARD_BYTES of it are the guard tail), a PROT_NONE page */
static uint64_t mapping_len(uint64_t size)
{
    return size + 2 * PAGE_SIZE;
}

int storage_init(struct storage *s, uint64_t size)
{
    size = (size + PAGE_SIZE - 1) & PAGE_MASK;
    memset(s, 0, sizeof *s);
    void *m = mmap(NULL, mapping_len(size), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    s->bytes = m == MAP_FAILED ? NULL : m;
    if (s->bytes)
        mprotect(s->bytes + size + PAGE_SIZE, PAGE_SIZE, PROT_NONE);
    s->keys = calloc(1, size / PAGE_SIZE ? size / PAGE_SIZE : 1);
    s->size = size;
    atomic_init(&s->tlb_gen, 0);
    if (!s->bytes || !s->keys) {
        storage_free(s);
        return -1;
    }
    return 0;
}

int storage_guard(struct storage *s, uint64_t off, uint64_t len)
{
    if ((off | len) & (PAGE_SIZE - 1) || off > s->size || len > s->size - off || len < 2 * PAGE_SIZE)
        return -1;
    /* the first page stays readable: the decode cache may read a few bytes past a window */
    return mprotect(s->bytes + off, PAGE_SIZE, PROT_READ) | mprotect(s->bytes + off + PAGE_SIZE, len - PAGE_SIZE, PROT_NONE);
}

void storage_free(struct storage *s)
{
    if (s->bytes)
        munmap(s->bytes, mapping_len(s->size));
    free(s->keys);
    s->bytes = NULL;
    s->keys = NULL;
    s->size = 0;
}

/* From this size on a clear gives the pages back instead of writing zeros (small storage,
 * cleared once per fuzzing input, stays with memset) */
#define CLEAR_BY_MADVISE (16u << 20)

void storage_clear(struct storage *s)
{
    /* the whole host pages inside the storage are given back to the host, which maps zeros
     * again on the next touch: a clear reset of a large guest costs no memory; the ragged
     * edges are zeroed by hand */
    uintptr_t b = (uintptr_t)s->bytes, e = b + s->size;
    uintptr_t hp = (uintptr_t)host_page();
    uintptr_t ab = (b + hp - 1) & ~(hp - 1), ae = e & ~(hp - 1);
    if (hp && ae > ab && ae - ab >= CLEAR_BY_MADVISE && madvise((void *)ab, ae - ab, MADV_DONTNEED) == 0) {
        memset(s->bytes, 0, ab - b);
        memset((void *)ae, 0, e - ae);
    } else {
        memset(s->bytes, 0, s->size);
    }
    memset(s->keys, 0, s->size / PAGE_SIZE);
}

uint64_t storage_host_abs(const struct storage *s, uint64_t abs)
{
    uint64_t frame = abs >> PAGE_SHIFT;
    uint64_t *seg = s->frame_map[frame >> STORAGE_SEG_SHIFT];
    if (!seg || seg[frame & STORAGE_SEG_MASK] == STORAGE_FRAME_UNKNOWN) {
        s->map_fill(s, frame);
        seg = s->frame_map[frame >> STORAGE_SEG_SHIFT];
        if (!seg)
            return STORAGE_NO_FRAME; /* no memory for the map: the frame stays out of reach */
    }
    uint64_t h = seg[frame & STORAGE_SEG_MASK];
    return h == STORAGE_NO_FRAME ? h : h + (abs & (PAGE_SIZE - 1));
}

bool storage_mapped(const struct storage *s, uint64_t abs, uint64_t len)
{
    uint64_t last = (abs + (len ? len - 1 : 0)) >> PAGE_SHIFT;
    for (uint64_t f = abs >> PAGE_SHIFT; f <= last; f++)
        if (storage_host_abs(s, f << PAGE_SHIFT) == STORAGE_NO_FRAME)
            return false;
    return true;
}

bool storage_parse_size(const char *text, uint64_t *out)
{
    if (!*text || *text == '-' || *text == '+' || isspace((unsigned char)*text))
        return false; /* strtoull would skip blanks and take signs: numbers here are plain */
    errno = 0;
    char *end;
    unsigned long long v = strtoull(text, &end, 0);
    if (errno || end == text)
        return false;
    unsigned shift = 0;
    switch (*end) {
    case 'k': case 'K': shift = 10; end++; break;
    case 'm': case 'M': shift = 20; end++; break;
    case 'g': case 'G': shift = 30; end++; break;
    case 't': case 'T': shift = 40; end++; break;
    default: break;
    }
    if (*end || v > (UINT64_MAX >> shift))
        return false;
    *out = (uint64_t)v << shift;
    return true;
}

/* Zero [p, p + n) of host memory, giving whole host pages back to the host: an anonymous
 * private page that madvise(MADV_DONTNEED) dropped reads as zeros on its next use.  Returns
 * the bytes given back. */
static uint64_t release_host(uint8_t *p, uint64_t n)
{
    uint64_t hp = host_page();
    uintptr_t a = (uintptr_t)p, e = a + n;
    uintptr_t a2 = (a + hp - 1) / hp * hp, e2 = e / hp * hp;
    if (a2 >= e2 || madvise((void *)a2, e2 - a2, MADV_DONTNEED)) {
        memset(p, 0, n);
        return 0;
    }
    memset(p, 0, a2 - a);
    memset((void *)e2, 0, e - e2);
    return e2 - a2;
}

uint64_t storage_release(struct storage *s, uint64_t abs, uint64_t len)
{
    uint64_t given = 0;
    abs &= PAGE_MASK;
    len = (len + PAGE_SIZE - 1) & PAGE_MASK;
    if (abs >= s->size || len > s->size - abs)
        return 0;
    for (uint64_t a = abs, end = abs + len; a < end;) {
        /* a run of frames contiguous in host memory (all of it, unless frame-mapped) */
        uint8_t *p = NULL;
        uint64_t n = 0;
        if (!s->frame_map) {
            p = s->bytes + a;
            n = end - a;
        } else {
            uint64_t h = storage_host_abs(s, a);
            n = PAGE_SIZE;
            if (h != STORAGE_NO_FRAME) {
                p = s->bytes + h;
                while (a + n < end && storage_host_abs(s, a + n) == h + n)
                    n += PAGE_SIZE;
            }
        }
        if (p)
            given += release_host(p, n);
        for (uint64_t f = a; f < a + n; f += PAGE_SIZE)
            if (!s->frame_map || storage_host_abs(s, f) != STORAGE_NO_FRAME)
                skey_store(storage_key(s, f), 0);
        a += n;
    }
    return given; /* the caller flushes the TLBs: the keys changed */
}
