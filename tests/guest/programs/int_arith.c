/* Integer arithmetic of every width: add, subtract, multiply, divide, remainder, wrap-around
 * (done in unsigned types: signed overflow is undefined), conversions and comparisons. */
#include "tcommon.h"

static const int64_t samples[] = {0, 1, -1, 2, -2, 7, -7, 100, -100, 127, -128, 255, 32767,
    -32768, 65535, 2147483647, -2147483647 - 1, 4294967295LL, 123456789012345LL,
    -987654321098765LL, INT64_MAX, INT64_MIN};
#define N (sizeof samples / sizeof samples[0])

int main(void)
{
    uint64_t h = 0;
    for (size_t i = 0; i < N; i++) {
        for (size_t j = 0; j < N; j++) {
            int64_t a = OPAQUE(samples[i]), b = OPAQUE(samples[j]);
            /* 8 and 16 bits: C promotes to int, then truncate. */
            int8_t a8 = (int8_t)a, b8 = (int8_t)b;
            uint8_t u8 = (uint8_t)(a8 * b8 + a8 - b8);
            int16_t a16 = (int16_t)a, b16 = (int16_t)b;
            int16_t s16 = (int16_t)(a16 * b16 - a16);
            /* 32 bits signed and unsigned, wrapping through uint32_t. */
            int32_t a32 = (int32_t)a, b32 = (int32_t)b;
            uint32_t w32 = (uint32_t)a32 * (uint32_t)b32 + (uint32_t)a32 - (uint32_t)b32;
            uint32_t ua32 = (uint32_t)a, ub32 = (uint32_t)b;
            /* 64 bits. */
            uint64_t w64 = (uint64_t)a * (uint64_t)b - ((uint64_t)a << 3) + (uint64_t)b;
            h = hash64(h, u8);
            h = hash64(h, (uint16_t)s16);
            h = hash64(h, w32);
            h = hash64(h, w64);
            h = hash64(h, (uint64_t)(a < b) | (uint64_t)(ua32 < ub32) << 1 |
                              (uint64_t)(a32 <= b32) << 2 | (uint64_t)((uint64_t)a > (uint64_t)b) << 3);
            if (b32 != 0 && !(a32 == INT32_MIN && b32 == -1)) {
                h = hash64(h, (uint32_t)(a32 / b32));
                h = hash64(h, (uint32_t)(a32 % b32));
            }
            if (ub32)
                h = hash64(h, ua32 / ub32 * 3 + ua32 % ub32);
            if (b != 0 && !(a == INT64_MIN && b == -1)) {
                h = hash64(h, (uint64_t)(a / b));
                h = hash64(h, (uint64_t)(a % b));
            }
            if (b)
                h = hash64(h, (uint64_t)a / (uint64_t)b ^ (uint64_t)a % (uint64_t)b);
            if (b16 && !(a16 == INT16_MIN && b16 == -1))
                h = hash64(h, (uint16_t)(a16 / b16));
        }
        if (i % 4 == 3)
            printf("after %2zu rows: %016llx\n", i + 1, (unsigned long long)h);
    }
    /* Explicit values, printed: divisions round toward zero. */
    int a = OPAQUE(samples[5]), b = OPAQUE(samples[3]); /* 7, 2 */
    printf("7/2=%d 7%%2=%d -7/2=%d -7%%2=%d 7/-2=%d 7%%-2=%d\n", a / b, a % b, -a / b, -a % b,
           a / -b, a % -b);
    int64_t big = OPAQUE(samples[20]);
    printf("INT64_MAX+1 wraps to %lld\n", (long long)(int64_t)((uint64_t)big + 1));
    printf("UINT32 wrap %u %u\n", (uint32_t)OPAQUE(samples[17]) + 1u, 0u - (uint32_t)OPAQUE(samples[1]));
    uint8_t c = (uint8_t)OPAQUE(samples[11]);
    printf("uint8 255+1=%u int8 from 255=%d uint16 -1=%u\n", (uint8_t)(c + 1), (int8_t)c,
           (uint16_t)OPAQUE(samples[2]));
    int32_t m = (int32_t)OPAQUE(samples[15]);
    printf("mul64 of 32-bit: %lld, high word %d\n", (long long)m * m, (int)(((int64_t)m * m) >> 32));
    printf("unsigned compare -1 > 1: %d\n", (unsigned)OPAQUE(samples[2]) > (unsigned)OPAQUE(samples[1]));
    printf("hash %016llx\n", (unsigned long long)h);
    return 0;
}
