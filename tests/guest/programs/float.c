/* Binary floating point: float and double arithmetic, square root, conversions to and from
 * integers, comparisons with NaN, signed zero and infinity, subnormals, an explicit fused
 * multiply-add, and long double only where its results are exact in any format. */
#include <math.h>

#include "tcommon.h"

static const double dv[] = {0.0, -0.0, 1.0, -1.5, 3.141592653589793, 1e-300, 4.9e-324, 1e300,
    123456789.125, -2.5, 0.1, 1e16, 9007199254740993.0, 2.2250738585072014e-308};
#define ND (sizeof dv / sizeof dv[0])

/* The sign and payload of a NaN an operation produces differ between architectures (s390x:
 * positive, x86: negative default NaN), so NaNs are compared as "a NaN" only. */
static uint64_t dcanon(double d)
{
    return d != d ? 0x7FF8000000000000u : dbits(d);
}

static uint32_t fcanon(float f)
{
    return f != f ? 0x7FC00000u : fbits(f);
}

static void classify(const char *name, double d)
{
    printf("%s: nan=%d inf=%d neg=%d zero=%d\n", name, d != d, d == d && d - d != d - d,
           d == d && (dbits(d) >> 63) != 0, d == 0.0);
}

int main(void)
{
    uint64_t h = 0;
    for (size_t i = 0; i < ND; i++) {
        for (size_t j = 0; j < ND; j++) {
            double a = OPAQUE(dv[i]), b = OPAQUE(dv[j]);
            h = hash64(h, dcanon(a + b));
            h = hash64(h, dcanon(a - b));
            h = hash64(h, dcanon(a * b));
            if (b != 0.0)
                h = hash64(h, dcanon(a / b));
            h = hash64(h, (uint64_t)(a < b) | (uint64_t)(a == b) << 1 | (uint64_t)(a >= b) << 2);
            float fa = (float)a, fb = (float)b;
            h = hash64(h, fcanon(fa * fb));
            h = hash64(h, fcanon(fa + fb));
            if (fb != 0.0f)
                h = hash64(h, fcanon(fa / fb));
        }
        double a = OPAQUE(dv[i]);
        printf("%2zu: bits %016llx float %08x sqrt %016llx", i, (unsigned long long)dbits(a),
               fbits((float)a), (unsigned long long)dbits(sqrt(fabs(a))));
        if (fabs(a) < 9e18)
            printf(" to int64 %lld", (long long)a);
        if (a >= 0 && a < 1.8e19)
            printf(" to uint64 %llu", (unsigned long long)a);
        if (fabs(a) < 2e9)
            printf(" to int32 %d", (int)a);
        printf("\n");
    }
    printf("arith hash %016llx\n", (unsigned long long)h);

    /* Integer to floating conversions, incl. values that must round. */
    static const int64_t iv[] = {0, 1, -1, 16777217, -16777217, 9007199254740993LL,
        INT64_MAX, INT64_MIN, 1234567890123456789LL};
    for (size_t i = 0; i < sizeof iv / sizeof iv[0]; i++) {
        int64_t x = OPAQUE(iv[i]);
        uint64_t ux = (uint64_t)x;
        printf("int64 %lld -> double %016llx float %08x; as uint64 -> double %016llx float %08x\n",
               (long long)x, (unsigned long long)dbits((double)x), fbits((float)x),
               (unsigned long long)dbits((double)ux), fbits((float)ux));
    }
    int32_t i32 = OPAQUE(iv[4]);
    printf("int32 %d -> float %08x double %016llx\n", i32, fbits((float)i32),
           (unsigned long long)dbits((double)i32));

    /* Special values. */
    double zero = OPAQUE(dv[0]), nzero = OPAQUE(dv[1]), one = OPAQUE(dv[2]);
    double inf = one / zero, ninf = one / nzero, nan = zero / zero;
    classify("1/0", inf);
    classify("1/-0", ninf);
    classify("0/0", nan);
    classify("inf-inf", inf - inf);
    classify("-0+0", nzero + zero);
    classify("-0*-1", nzero * -one);
    printf("nan compares: < %d > %d == %d != %d\n", nan < one, nan > one, nan == nan, nan != nan);
    printf("inf bits %016llx -inf bits %016llx\n", (unsigned long long)dbits(inf),
           (unsigned long long)dbits(ninf));
    double tiny = OPAQUE(dv[6]);
    printf("subnormal: %016llx /2 %016llx *2^52 %016llx\n", (unsigned long long)dbits(tiny),
           (unsigned long long)dbits(tiny / 2), (unsigned long long)dbits(tiny * 4503599627370496.0));

    /* Fused multiply-add, written explicitly: one rounding. */
    double x = OPAQUE(dv[10]), y = 10.0, z = -1.0;
    printf("fma(0.1,10,-1) = %016llx, 0.1*10-1 = %016llx\n",
           (unsigned long long)dbits(__builtin_fma(x, y, z)), (unsigned long long)dbits(x * y + z));
    float fx = 0.1f;
    printf("fmaf(0.1f,10,-1) = %08x\n", fbits(__builtin_fmaf(OPAQUE(fx), 10.0f, -1.0f)));

    /* Series and iterations, printed in decimal. */
    double s = 0.0, p = 1.0;
    for (int i = 1; i <= 1000; i++) {
        s += 1.0 / ((double)i * (double)i);
        p *= 1.0 + 1.0 / (double)(i * 1000);
    }
    print_fixed("sum 1/i^2", s);
    print_fixed("product", p);
    print_fixed("pi^2/6", 3.141592653589793 * 3.141592653589793 / 6.0);
    print_fixed("sqrt(2)*1e6", sqrt(2.0) * 1e6);
    float fs = 0.0f;
    for (int i = 1; i <= 1000; i++)
        fs += 1.0f / (float)i;
    printf("float harmonic %08x\n", fbits(fs));

    /* long double: 128-bit on s390x, 80-bit on x86; only exact operations are compared. */
    long double la = (long double)OPAQUE(iv[5]), lb = 0.5L;
    long double lsum = la + lb * 4.0L, lprod = (long double)(1LL << 40) * 8.0L;
    printf("long double: %lld %lld %d %d\n", (long long)(lsum - 2.0L), (long long)lprod,
           la > (long double)INT64_MIN, (double)(lb * lb) == 0.25);
    return 0;
}
