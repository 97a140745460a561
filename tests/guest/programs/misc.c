/* Odds and ends gcc compiles to less common instructions: atomics (compare-and-swap,
 * interlocked add/and/or/xor on z196), variable-length arrays and alloca (dynamic stack),
 * labels as values (computed goto), conditional moves, 64x64->128 multiply, saturation and
 * min/max idioms, and a small hash table. */
#include <stdlib.h>

#include "tcommon.h"

static int64_t counter64;
static int32_t counter32;
static uint32_t flags32;

static uint64_t vla_sum(unsigned n)
{
    uint64_t a[n]; /* variable-length array */
    for (unsigned i = 0; i < n; i++)
        a[i] = (uint64_t)i * i + 7;
    uint64_t s = 0;
    for (unsigned i = n; i-- > 0;)
        s = s * 31 + a[i];
    return s;
}

static uint32_t alloca_mix(unsigned n)
{
    unsigned char *p = __builtin_alloca(n);
    for (unsigned i = 0; i < n; i++)
        p[i] = (unsigned char)(i * 13 + n);
    uint32_t h = 0;
    for (unsigned i = 0; i < n; i++)
        h = h * 33 + p[i];
    return h;
}

static int interpret(const unsigned char *code, int x)
{
    static void *const ops[] = {&&op_inc, &&op_dbl, &&op_neg, &&op_end};
    const unsigned char *pc = code;
    goto *ops[*pc++];
op_inc:
    x += 1;
    goto *ops[*pc++];
op_dbl:
    x *= 2;
    goto *ops[*pc++];
op_neg:
    x = -x;
    goto *ops[*pc++];
op_end:
    return x;
}

struct slot {
    uint32_t key;
    uint32_t value;
};
static struct slot table[256];

static void put(uint32_t key, uint32_t value)
{
    uint32_t i = (key * 2654435761u) >> 24;
    while (table[i].key && table[i].key != key)
        i = (i + 1) & 255;
    table[i].key = key;
    table[i].value = value;
}

static uint32_t get(uint32_t key)
{
    uint32_t i = (key * 2654435761u) >> 24;
    while (table[i].key) {
        if (table[i].key == key)
            return table[i].value;
        i = (i + 1) & 255;
    }
    return 0;
}

int main(void)
{
    /* Atomics on one CPU: the results are those of the plain operations. */
    for (int i = 1; i <= 100; i++) {
        __atomic_fetch_add(&counter64, (int64_t)i * 1000000007, __ATOMIC_SEQ_CST);
        __atomic_fetch_sub(&counter32, i, __ATOMIC_RELAXED);
        __atomic_fetch_or(&flags32, 1u << (i % 32), __ATOMIC_ACQ_REL);
        if (i % 7 == 0)
            __atomic_fetch_and(&flags32, ~(1u << (i % 13)), __ATOMIC_SEQ_CST);
        __atomic_fetch_xor(&flags32, (uint32_t)i << 20, __ATOMIC_SEQ_CST);
    }
    int64_t expected = counter64, desired = -5;
    int swapped = __atomic_compare_exchange_n(&counter64, &expected, desired, 0, __ATOMIC_SEQ_CST,
                                              __ATOMIC_SEQ_CST);
    int64_t wrong = 12345;
    int swapped2 = __atomic_compare_exchange_n(&counter64, &wrong, 99, 0, __ATOMIC_SEQ_CST,
                                               __ATOMIC_SEQ_CST);
    printf("atomics: %lld %d %08x cas %d %d now %lld observed %lld\n", (long long)expected,
           counter32, flags32, swapped, swapped2, (long long)counter64, (long long)wrong);
    int32_t old = __atomic_exchange_n(&counter32, 77, __ATOMIC_SEQ_CST);
    printf("exchange: old %d new %d\n", old, counter32);

    for (unsigned n = 1; n <= 300; n += 37)
        printf("vla %3u: %016llx alloca %08x\n", n, (unsigned long long)vla_sum(OPAQUE(n)),
               alloca_mix(OPAQUE(n)));

    static const unsigned char prog1[] = {0, 1, 1, 2, 0, 3}, prog2[] = {2, 1, 0, 1, 1, 3};
    printf("computed goto: %d %d\n", interpret(prog1, 5), interpret(prog2, 3));

    /* Conditional selects, min/max, clamps and absolute values. */
    int64_t sel = 0;
    for (int i = -50; i <= 50; i += 3) {
        int64_t v = OPAQUE(i) * 1234567;
        int64_t clamped = v < -20000000 ? -20000000 : v > 30000000 ? 30000000 : v;
        sel += clamped + (v & 1 ? llabs(v) : -v / 3);
        uint32_t u = (uint32_t)i;
        sel ^= (int64_t)(u > 10u ? u : 10u);
    }
    printf("selects: %lld\n", (long long)sel);

    /* 64x64 -> 128 multiply (MLGR) and the high half of signed products. */
    uint64_t a = 0xF123456789ABCDEFu, b = 0x1000000000000001u;
    unsigned __int128 p = (unsigned __int128)OPAQUE(a) * OPAQUE(b);
    __int128 sp = (__int128)(int64_t)OPAQUE(a) * (int64_t)OPAQUE(b);
    printf("mul128: %016llx %016llx signed high %016llx\n", (unsigned long long)(p >> 64),
           (unsigned long long)p, (unsigned long long)((unsigned __int128)sp >> 64));

    /* Saturating add, written portably. */
    int32_t s32 = OPAQUE(counter32);
    for (int i = 0; i < 40; i++) {
        int64_t t = (int64_t)s32 * 3 + 1000;
        s32 = t > INT32_MAX ? INT32_MAX : t < INT32_MIN ? INT32_MIN : (int32_t)t;
    }
    printf("saturated: %d\n", s32);

    for (uint32_t k = 1; k <= 200; k++)
        put(k * 7919u, k * k);
    uint64_t h = 0;
    for (uint32_t k = 1; k <= 220; k++)
        h = hash64(h, get(k * 7919u));
    printf("hash table: %016llx\n", (unsigned long long)h);
    return 0;
}
