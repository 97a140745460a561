/* zbench: a CoreMark-like CPU workload (list processing, matrix operations, a state machine,
 * CRC-16), written for zsie; the structure follows CoreMark's, the code is our own.
 *
 * Guest: iterations come from the kernel command line ("iterations=N"; "hercules" adds the
 * instruction count from Hercules's DIAGNOSE X'F08'), the time from the TOD clock around the
 * timed loop.  Host (the reference for the checksum): zbench_host [N]. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef ZSIE_GUEST
#include "zrt.h"
#else
#include <time.h>
#endif

/* ---- CRC-16 (CCITT polynomial 0x1021, MSB first), bit by bit as in a small embedded CRC -- */
static uint16_t crc16_byte(uint8_t b, uint16_t crc)
{
    crc ^= (uint16_t)(b << 8);
    for (int i = 0; i < 8; i++)
        crc = crc & 0x8000 ? (uint16_t)((crc << 1) ^ 0x1021) : (uint16_t)(crc << 1);
    return crc;
}

static uint16_t crc16_u16(uint16_t v, uint16_t crc)
{
    return crc16_byte((uint8_t)v, crc16_byte((uint8_t)(v >> 8), crc));
}

static uint16_t crc16_u32(uint32_t v, uint16_t crc)
{
    return crc16_u16((uint16_t)v, crc16_u16((uint16_t)(v >> 16), crc));
}

/* ---- list processing -------------------------------------------------------------------- */
struct item {
    struct item *next;
    int16_t value;
    int16_t index;
};

#define LIST_ITEMS 64
static struct item items[LIST_ITEMS];

static struct item *list_build(uint16_t seed)
{
    struct item *head = NULL;
    for (int i = LIST_ITEMS - 1; i >= 0; i--) {
        items[i].index = (int16_t)i;
        items[i].value = (int16_t)(((i * 73 + seed) ^ (seed >> 3)) & 0x7FF);
        items[i].next = head;
        head = &items[i];
    }
    return head;
}

static struct item *list_reverse(struct item *l)
{
    struct item *r = NULL;
    while (l) {
        struct item *n = l->next;
        l->next = r;
        r = l;
        l = n;
    }
    return r;
}

static int cmp_value(const struct item *a, const struct item *b)
{
    return a->value - b->value;
}

static int cmp_index(const struct item *a, const struct item *b)
{
    return a->index - b->index;
}

/* Bottom-up merge sort of a singly linked list, no recursion. */
static struct item *list_sort(struct item *l, int (*cmp)(const struct item *, const struct item *))
{
    for (int width = 1;; width *= 2) {
        struct item *p = l, *tail = NULL;
        int merges = 0;
        l = NULL;
        while (p) {
            merges++;
            struct item *q = p;
            int psize = 0, qsize = width;
            while (psize < width && q) {
                psize++;
                q = q->next;
            }
            while (psize > 0 || (qsize > 0 && q)) {
                struct item *e;
                if (psize == 0) {
                    e = q, q = q->next, qsize--;
                } else if (qsize == 0 || !q || cmp(p, q) <= 0) {
                    e = p, p = p->next, psize--;
                } else {
                    e = q, q = q->next, qsize--;
                }
                if (tail)
                    tail->next = e;
                else
                    l = e;
                tail = e;
            }
            p = q;
        }
        tail->next = NULL;
        if (merges <= 1)
            return l;
    }
}

static uint16_t bench_list(uint16_t seed, uint16_t crc)
{
    struct item *l = list_build(seed);
    for (int k = 0; k < 4; k++) {
        int16_t want = (int16_t)((seed + k * 97) & 0x7FF);
        int found = -1, pos = 0;
        for (struct item *p = l; p; p = p->next, pos++)
            if (p->value == want) {
                found = pos;
                break;
            }
        crc = crc16_u16((uint16_t)found, crc);
        l = list_reverse(l);
    }
    l = list_sort(l, cmp_value);
    for (struct item *p = l; p; p = p->next)
        crc = crc16_u16((uint16_t)p->value, crc);
    l = list_sort(l, cmp_index);
    crc = crc16_u16((uint16_t)l->next->value, crc);
    return crc;
}

/* ---- matrix operations ------------------------------------------------------------------ */
#define MAT 12
static int16_t mat_a[MAT][MAT], mat_b[MAT][MAT];
static int32_t mat_c[MAT][MAT];

static uint16_t bench_matrix(uint16_t seed, uint16_t crc)
{
    for (int i = 0; i < MAT; i++)
        for (int j = 0; j < MAT; j++) {
            mat_a[i][j] = (int16_t)(((i * MAT + j) * seed) & 0xFF);
            mat_b[i][j] = (int16_t)(((j * 7 + i + seed) ^ 0x55) & 0xFF);
        }
    int16_t k = (int16_t)(seed & 0xF) + 1;
    for (int i = 0; i < MAT; i++) /* add a constant */
        for (int j = 0; j < MAT; j++)
            mat_a[i][j] = (int16_t)(mat_a[i][j] + k);
    int32_t vsum = 0;
    for (int i = 0; i < MAT; i++) { /* matrix times vector */
        int32_t s = 0;
        for (int j = 0; j < MAT; j++)
            s += mat_a[i][j] * mat_b[0][j];
        vsum += s;
    }
    crc = crc16_u32((uint32_t)vsum, crc);
    for (int i = 0; i < MAT; i++) /* matrix times matrix */
        for (int j = 0; j < MAT; j++) {
            int32_t s = 0;
            for (int m = 0; m < MAT; m++)
                s += mat_a[i][m] * mat_b[m][j];
            mat_c[i][j] = s;
        }
    uint32_t bits = 0;
    for (int i = 0; i < MAT; i++) /* extract bit fields of the product */
        for (int j = 0; j < MAT; j++)
            bits += ((uint32_t)mat_c[i][j] >> 2) & 0xF;
    crc = crc16_u32(bits, crc);
    return crc16_u32((uint32_t)mat_c[MAT - 1][MAT - 1], crc);
}

/* ---- state machine ---------------------------------------------------------------------- */
enum st { ST_START, ST_INT, ST_FLOAT, ST_EXP, ST_SCI, ST_HEX, ST_INVALID, ST_N };

static char text[256];

static uint16_t bench_state(uint16_t seed, uint16_t crc)
{
    static const char *const pieces[] = {"5012", "1234", "-874", "+122", "35.54", ".1234",
        "-110.7", "5.5e+3", "-.123e-2", "0x1f", "0X4B", "T0.3e-1F", "-T.T++Tq", "1T3.4e4z"};
    size_t n = 0;
    uint32_t r = seed;
    while (n < sizeof text - 12) {
        r = r * 1103515245u + 12345u;
        const char *p = pieces[(r >> 16) % (sizeof pieces / sizeof pieces[0])];
        size_t l = strlen(p);
        memcpy(text + n, p, l);
        n += l;
        text[n++] = ',';
    }
    text[n] = '\0';
    uint32_t final[ST_N] = {0}, trans[ST_N] = {0};
    enum st s = ST_START;
    for (const char *p = text; *p; p++) {
        char c = *p;
        if (c == ',') {
            final[s]++;
            s = ST_START;
            continue;
        }
        enum st next = ST_INVALID;
        int digit = c >= '0' && c <= '9';
        switch (s) {
        case ST_START:
            next = digit ? (c == '0' ? ST_HEX : ST_INT)
                         : (c == '+' || c == '-') ? ST_INT : c == '.' ? ST_FLOAT : ST_INVALID;
            break;
        case ST_INT: next = digit ? ST_INT : c == '.' ? ST_FLOAT : ST_INVALID; break;
        case ST_FLOAT: next = digit ? ST_FLOAT : (c == 'e' || c == 'E') ? ST_EXP : ST_INVALID; break;
        case ST_EXP: next = (c == '+' || c == '-' || digit) ? ST_SCI : ST_INVALID; break;
        case ST_SCI: next = digit ? ST_SCI : ST_INVALID; break;
        case ST_HEX:
            next = (c == 'x' || c == 'X' || digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))
                       ? ST_HEX
                       : ST_INVALID;
            break;
        default: next = ST_INVALID; break;
        }
        if (next != s)
            trans[s]++;
        s = next;
    }
    for (int i = 0; i < ST_N; i++) {
        crc = crc16_u32(final[i], crc);
        crc = crc16_u32(trans[i], crc);
    }
    return crc;
}

static uint16_t bench_iteration(uint16_t seed)
{
    uint16_t crc = bench_list(seed, 0);
    crc = bench_matrix((uint16_t)(seed ^ crc), crc);
    return bench_state((uint16_t)(seed + crc), crc);
}

static unsigned long option(const char *cmdline, const char *key, unsigned long dflt)
{
    const char *p = cmdline ? strstr(cmdline, key) : NULL;
    return p ? strtoul(p + strlen(key), NULL, 10) : dflt;
}

#ifdef ZSIE_GUEST
static inline uint32_t hercules_icount(void)
{
    unsigned long r = 0;
    __asm__ volatile(".insn rs,0x83000000,%0,0,0xf08(0)" : "+d"(r) : : "memory");
    return (uint32_t)r;
}
#endif

int main(int argc, char **argv)
{
#ifdef ZSIE_GUEST
    (void)argc;
    (void)argv;
    const char *cmdline = rt_cmdline();
    int hercules = strstr(cmdline, "hercules") != NULL;
    uint32_t icount0 = 0;
#else
    const char *cmdline = argc > 1 ? argv[1] : "";
#endif
    unsigned long iterations = option(cmdline, "iterations=", 2000);
    uint16_t crc = 0;

#ifdef ZSIE_GUEST
    if (hercules)
        icount0 = hercules_icount();
    uint64_t t0 = rt_tod();
#else
    clock_t t0 = clock();
#endif
    for (unsigned long i = 0; i < iterations; i++)
        crc = crc16_u16(bench_iteration((uint16_t)(i * 0x9E37u + crc)), crc);
#ifdef ZSIE_GUEST
    uint64_t us = rt_tod_to_us(rt_tod() - t0);
    uint32_t icount = hercules ? hercules_icount() - icount0 : 0;
#else
    unsigned long long us = (unsigned long long)(clock() - t0) * 1000000ull / CLOCKS_PER_SEC;
#endif
    printf("zbench iterations %lu\n", iterations);
    printf("zbench checksum %04x\n", crc);
    printf("zbench elapsed-us %llu\n", (unsigned long long)us);
#ifdef ZSIE_GUEST
    if (hercules)
        printf("zbench hercules-instructions %u\n", (unsigned)icount);
#endif
    return 0;
}
