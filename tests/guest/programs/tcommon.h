/* Shared by the guest test programs, which are built both for s390x (run on zsie) and for the
 * host (the oracle): output must not depend on endianness, char signedness or long double. */
#ifndef TCOMMON_H
#define TCOMMON_H

#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Values the compiler cannot fold: the operations run on the emulated CPU. */
#define OPAQUE(x) (*(volatile __typeof__(x) *)&(x))

static inline uint64_t hash64(uint64_t h, uint64_t v)
{
    h ^= v + 0x9E3779B97F4A7C15u + (h << 6) + (h >> 2);
    return h * 0xBF58476D1CE4E5B9u;
}

static inline uint64_t dbits(double d)
{
    uint64_t b;
    memcpy(&b, &d, sizeof b);
    return b;
}

static inline uint32_t fbits(float f)
{
    uint32_t b;
    memcpy(&b, &f, sizeof b);
    return b;
}

/* A double in decimal with 6 fraction digits, rounded half away from zero, without printf's
 * %f (the guest runtime has none); |d| < 9e12. */
static inline void print_fixed(const char *name, double d)
{
    int neg = d < 0;
    double a = neg ? -d : d;
    uint64_t scaled = (uint64_t)(a * 1000000.0 + 0.5);
    printf("%s = %s%llu.%06llu\n", name, neg ? "-" : "", (unsigned long long)(scaled / 1000000),
           (unsigned long long)(scaled % 1000000));
}

#endif
