/* Absolute storage: one host allocation, zeroed, with a guard tail so that the decode cache
 * may load 8 bytes at the last halfword of storage.  The bytes are an anonymous mapping of
 * their own, host-page aligned, so that released frames (DIAGNOSE X'010') can be handed back
 * to the host with madvise. */
#include "storage.h"

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

static uint64_t map_len(uint64_t size)
{
    uint64_t hp = host_page();
    return (size + GUARD_BYTES + hp - 1) / hp * hp;
}

int storage_init(struct storage *s, uint64_t size)
{
    size = (size + PAGE_SIZE - 1) & PAGE_MASK;
    void *m = mmap(NULL, map_len(size), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    s->bytes = m == MAP_FAILED ? NULL : m;
    s->keys = calloc(1, size / PAGE_SIZE ? size / PAGE_SIZE : 1);
    s->size = size;
    atomic_init(&s->tlb_gen, 0);
    if (!s->bytes || !s->keys) {
        storage_free(s);
        return -1;
    }
    return 0;
}

void storage_free(struct storage *s)
{
    if (s->bytes)
        munmap(s->bytes, map_len(s->size));
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
    uintptr_t hp = (uintptr_t)sysconf(_SC_PAGESIZE);
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
    if (s->frame_map[frame] == STORAGE_FRAME_UNKNOWN)
        s->map_fill(s, frame);
    uint64_t h = s->frame_map[frame];
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
    if (!*text || *text == '-' || *text == '+')
        return false;
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
