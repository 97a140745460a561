/* Bit manipulation: shifts of every count, rotates, population count, leading and trailing
 * zeros, byte swaps, bit-fields, masks and sign extension. */
#include "tcommon.h"

struct flags {
    unsigned a : 3;
    unsigned b : 5;
    signed c : 4;
    unsigned d : 12;
    unsigned long long e : 40;
};

static uint64_t rotl64(uint64_t x, unsigned n)
{
    return n ? (x << n) | (x >> (64 - n)) : x;
}

static uint32_t rotr32(uint32_t x, unsigned n)
{
    n &= 31;
    return n ? (x >> n) | (x << (32 - n)) : x;
}

int main(void)
{
    static const uint64_t v[] = {0, 1, 0x80, 0xFF, 0x8000, 0x12345678, 0x80000000u, 0xFFFFFFFFu,
        0x0123456789ABCDEFu, 0x8000000000000000u, 0xFFFFFFFFFFFFFFFFu, 0xDEADBEEFCAFEF00Du};
    uint64_t h = 0;
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        uint64_t x = OPAQUE(v[i]);
        for (unsigned n = 0; n < 64; n++) {
            unsigned s = OPAQUE(n);
            h = hash64(h, x << s);
            h = hash64(h, x >> s);
            h = hash64(h, (uint64_t)((int64_t)x >> s));
            h = hash64(h, rotl64(x, s));
            if (s < 32) {
                uint32_t x32 = (uint32_t)x;
                h = hash64(h, x32 << s);
                h = hash64(h, x32 >> s);
                h = hash64(h, (uint32_t)((int32_t)x32 >> s));
                h = hash64(h, rotr32(x32, s));
            }
        }
        unsigned pop = (unsigned)__builtin_popcountll(x);
        int clz = x ? __builtin_clzll(x) : 64, ctz = x ? __builtin_ctzll(x) : 64;
        uint32_t lo = (uint32_t)x;
        printf("%016llx pop=%2u clz=%2d ctz=%2d bswap64=%016llx bswap32=%08x bswap16=%04x "
               "parity=%d\n",
               (unsigned long long)x, pop, clz, ctz, (unsigned long long)__builtin_bswap64(x),
               __builtin_bswap32(lo), __builtin_bswap16((uint16_t)lo), __builtin_parityll(x));
        printf("  sext8=%lld sext16=%lld sext32=%lld and/or/xor=%llx/%llx/%llx\n",
               (long long)(int8_t)x, (long long)(int16_t)x, (long long)(int32_t)x,
               (unsigned long long)(x & 0xF0F0F0F0F0F0F0F0u), (unsigned long long)(x | 0x0F00u),
               (unsigned long long)(x ^ ~0u));
    }
    printf("shift hash %016llx\n", (unsigned long long)h);

    struct flags f = {0, 0, 0, 0, 0};
    for (int i = 0; i < 20; i++) {
        f.a += 3;
        f.b = (unsigned)(f.b * 5 + 1);
        f.c = (signed)(i - 8);
        f.d ^= (unsigned)(i * 321);
        f.e = f.e * 3 + 0x123456789u;
        printf("bitfields %u %2u %3d %4u %010llx\n", f.a, f.b, f.c, f.d, (unsigned long long)f.e);
    }
    /* Insert and extract bit ranges (RISBG-style code). */
    uint64_t word = 0;
    for (unsigned i = 0; i < 16; i++) {
        unsigned pos = (i * 7) % 60, len = 1 + i % 5;
        uint64_t mask = ((1ULL << len) - 1) << pos;
        word = (word & ~mask) | (((uint64_t)i << pos) & mask);
        printf("insert %2u at %2u len %u -> %016llx field=%llu\n", i, pos, len,
               (unsigned long long)word, (unsigned long long)((word & mask) >> pos));
    }
    return 0;
}
