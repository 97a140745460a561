/* <stdlib.h> functions, the C entry point and exit. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lowcore.h"
#include "zrt.h"

int main(int argc, char **argv);
__attribute__((noreturn)) void rt_main(void);

/* Called from start.S with a stack, a clear .bss and the lowcore set up.  main() gets the
 * conventional argc/argv (a program may also declare it without parameters). */
void rt_main(void)
{
    static char name[] = "guest";
    static char *argv[] = {name, NULL};
    exit(main(1, argv));
}

void exit(int status)
{
    rt_console_flush();
    if (status == 0)
        rt_halt(0);
    unsigned low = (unsigned)status & 0xFFFF;
    rt_halt(WAIT_EXIT | (low ? low : 0xFFFF));
}

void abort(void)
{
    exit(0xABAB);
}

const char *rt_cmdline(void)
{
    /* The loader's parameter area lies inside this image's first page, so it is ours to read. */
    extern const char _start[];
    const char *cmdline = _start + (KERNEL_CMDLINE - 0x10000);
    return cmdline;
}

#define ARENA_SIZE (4u << 20)
static unsigned char arena[ARENA_SIZE] __attribute__((aligned(16)));
static size_t arena_used;

void *malloc(size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (n > ARENA_SIZE - arena_used)
        return NULL;
    void *p = arena + arena_used;
    arena_used += n;
    return p;
}

void *calloc(size_t count, size_t n)
{
    if (n && count > SIZE_MAX / n)
        return NULL;
    void *p = malloc(count * n);
    if (p)
        memset(p, 0, count * n);
    return p;
}

void free(void *p)
{
    (void)p;
}

static void swap_bytes(unsigned char *a, unsigned char *b, size_t n)
{
    while (n--) {
        unsigned char t = *a;
        *a++ = *b;
        *b++ = t;
    }
}

/* Heapsort: O(n log n) without recursion or extra storage. */
static void sift_down(unsigned char *base, size_t root, size_t count, size_t size,
                      int (*cmp)(const void *, const void *))
{
    for (;;) {
        size_t child = 2 * root + 1;
        if (child >= count)
            return;
        if (child + 1 < count && cmp(base + child * size, base + (child + 1) * size) < 0)
            child++;
        if (cmp(base + root * size, base + child * size) >= 0)
            return;
        swap_bytes(base + root * size, base + child * size, size);
        root = child;
    }
}

void qsort(void *base, size_t count, size_t size, int (*cmp)(const void *, const void *))
{
    unsigned char *b = base;
    if (count < 2)
        return;
    for (size_t i = count / 2; i-- > 0;)
        sift_down(b, i, count, size, cmp);
    for (size_t end = count - 1; end > 0; end--) {
        swap_bytes(b, b + end * size, size);
        sift_down(b, 0, end, size, cmp);
    }
}

int abs(int x)
{
    return x < 0 ? -x : x;
}

long labs(long x)
{
    return x < 0 ? -x : x;
}

long long llabs(long long x)
{
    return x < 0 ? -x : x;
}

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

unsigned long strtoul(const char *s, char **end, int base)
{
    const char *p = s;
    while (*p == ' ' || (*p >= '\t' && *p <= '\r'))
        p++;
    int neg = 0;
    if (*p == '-' || *p == '+')
        neg = *p++ == '-';
    if ((base == 0 || base == 16) && p[0] == '0' && (p[1] | 0x20) == 'x' && digit_value(p[2]) < 16) {
        p += 2;
        base = 16;
    } else if (base == 0) {
        base = p[0] == '0' ? 8 : 10;
    }
    unsigned long v = 0;
    const char *digits = p;
    while (digit_value(*p) < base)
        v = v * (unsigned long)base + (unsigned long)digit_value(*p++);
    if (end)
        *end = (char *)(p == digits ? s : p);
    return neg ? 0UL - v : v;
}

long strtol(const char *s, char **end, int base)
{
    return (long)strtoul(s, end, base);
}

int atoi(const char *s)
{
    return (int)strtol(s, NULL, 10);
}
