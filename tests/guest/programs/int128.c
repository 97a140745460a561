/* 128-bit integers (__int128): multiply, divide and remainder through libgcc, shifts, and
 * conversion to decimal. */
#include "tcommon.h"

typedef unsigned __int128 u128;
typedef __int128 s128;

static void print_u128(const char *name, u128 v)
{
    char buf[48], *p = buf + sizeof buf;
    *--p = '\0';
    do {
        *--p = (char)('0' + (int)(v % 10));
        v /= 10;
    } while (v);
    printf("%s = %s\n", name, p);
}

static void print_s128(const char *name, s128 v)
{
    char label[64];
    if (v < 0) {
        snprintf(label, sizeof label, "%s (negated)", name);
        print_u128(label, (u128)0 - (u128)v);
    } else {
        print_u128(name, (u128)v);
    }
}

int main(void)
{
    uint64_t a = 0xFEDCBA9876543210u, b = 0x0123456789ABCDEFu;
    u128 p = (u128)OPAQUE(a) * OPAQUE(b);
    printf("product hi %016llx lo %016llx\n", (unsigned long long)(p >> 64), (unsigned long long)p);
    print_u128("product", p);
    u128 f = 1;
    for (unsigned i = 1; i <= 34; i++) {
        f *= i;
        if (i % 6 == 4)
            print_u128("factorial", f);
    }
    u128 q = f / OPAQUE(b), r = f % OPAQUE(b);
    print_u128("34!/b", q);
    print_u128("34!%b", r);
    printf("check %d\n", q * b + r == f);
    s128 s = -(s128)p / 12345;
    print_s128("-p/12345", s);
    print_s128("-p%12345", -(s128)p % 12345);
    for (unsigned sh = 0; sh < 128; sh += 17) {
        unsigned n = OPAQUE(sh);
        u128 l = p << n, rr = p >> n;
        s128 ar = (s128)(~p) >> n;
        printf("shift %3u: %016llx%016llx %016llx%016llx %016llx\n", n,
               (unsigned long long)(l >> 64), (unsigned long long)l,
               (unsigned long long)(rr >> 64), (unsigned long long)rr,
               (unsigned long long)((u128)ar >> 64));
    }
    /* Modular exponentiation with 128-bit intermediate products. */
    uint64_t m = 0xFFFFFFFFFFFFFFC5u, base = 3, e = m - 1, acc = 1;
    for (; e; e >>= 1, base = (uint64_t)((u128)base * base % m))
        if (e & 1)
            acc = (uint64_t)((u128)acc * base % m);
    printf("3^(p-1) mod p = %llu (Fermat: 1)\n", (unsigned long long)acc);
    printf("compare %d %d %d\n", (s128)-1 < (s128)1, (u128)(s128)-1 > (u128)1, p > f);
    return 0;
}
