/* Absolute storage: one host mapping, zeroed, with a guard tail so that the decode cache may
 * load 8 bytes at the last halfword of storage, then an inaccessible page, so that an overrun
 * of storage faults at once instead of touching other memory. */
#include "storage.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define GUARD_BYTES 16

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

void storage_clear(struct storage *s)
{
    memset(s->bytes, 0, s->size);
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
