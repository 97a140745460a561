/* memcpy, memset, memmove and memcmp of every length 0..300 at several alignments: gcc emits
 * MVC/XC/CLC, EXRL of them for variable lengths, overlapping MVC for memset, or calls. */
#include "tcommon.h"

static unsigned char src[1024], dst[1024];

static void fill(unsigned char *p, size_t n, unsigned seed)
{
    for (size_t i = 0; i < n; i++) {
        seed = seed * 1664525u + 1013904223u;
        p[i] = (unsigned char)(seed >> 24);
    }
}

/* Cheap on purpose (it runs over every byte after every operation), position-sensitive. */
static uint64_t sum(const unsigned char *p, size_t n)
{
    uint64_t h = n;
    for (size_t i = 0; i < n; i++)
        h = h * 31 + p[i];
    return h;
}

struct big {
    uint32_t a[37];
    uint8_t tail[5];
};

static struct big make_big(unsigned k)
{
    struct big b;
    for (unsigned i = 0; i < 37; i++)
        b.a[i] = k * 1000 + i;
    for (unsigned i = 0; i < 5; i++)
        b.tail[i] = (uint8_t)(k + i);
    return b; /* returned through a hidden pointer: a struct copy */
}

int main(void)
{
    fill(src, sizeof src, 1);
    for (size_t len = 0; len <= 300; len++) {
        uint64_t h = 0;
        for (size_t align = 0; align < 4; align++) {
            size_t n = OPAQUE(len), off = OPAQUE(align) * 3;
            memset(dst, 0xAA, sizeof dst);
            memcpy(dst + off, src + align, n);
            h = hash64(h, sum(dst, 320));
            memset(dst + off + 1, (int)(len & 0xFF), n);
            h = hash64(h, sum(dst, 320));
            memset(dst + off, 0, n); /* XC */
            h = hash64(h, sum(dst, 320));
            memcpy(dst, src, 400);
            memmove(dst + off + 7, dst + off, n); /* forward overlap */
            h = hash64(h, sum(dst, 400));
            memmove(dst + off, dst + off + 5, n); /* backward overlap */
            h = hash64(h, sum(dst, 400));
            memcpy(dst, src, 400);
            if (n)
                dst[off + n - 1] ^= 1;
            int c = memcmp(dst + off, src + off, n);
            h = hash64(h, (uint64_t)(c > 0) * 2 + (c < 0));
        }
        if (len % 20 == 0 || len == 255 || len == 256 || len == 257 || len == 300)
            printf("len %3zu: %016llx\n", len, (unsigned long long)h);
    }
    /* Constant lengths: inline MVC/XC/CLC. */
    memcpy(dst, src, 16);
    memset(dst + 16, 0, 32);
    memset(dst + 48, 'x', 200);
    memcpy(dst + 300, src + 3, 256);
    memcpy(dst + 600, src + 1, 257);
    printf("constants: %016llx cmp %d %d\n", (unsigned long long)sum(dst, 900),
           memcmp(dst, src, 16) == 0, memcmp(dst + 300, src + 3, 256) == 0);
    /* Struct copies and struct returns. */
    struct big a = make_big(3), b = make_big(4), c;
    c = a;
    a = b;
    b = c;
    uint64_t h = 0;
    for (int i = 0; i < 37; i++)
        h = hash64(h, (uint64_t)a.a[i] << 32 | b.a[i]);
    printf("structs: %016llx %u %u\n", (unsigned long long)h, a.tail[4], b.tail[0]);
    /* String functions. */
    char s[64];
    strcpy(s, "zsie guest");
    strcat(s, " memops");
    printf("%s %zu %d %d %s %s\n", s, strlen(s), strcmp(s, "zsie") > 0, strncmp(s, "zsie", 4),
           strchr(s, 'g'), strstr(s, "mem"));
    return 0;
}
