/* BFP conversions, compares, sign operations and test data class.  Expected values are
 * worked out by hand from the PoP's rounding rules (or come from the host's IEEE
 * arithmetic where stated). */
#include <float.h>
#include <math.h>
#include <string.h>

#include "bfp.h"
#include "harness.h"

#define FPC_F_INV 0x00800000u
#define FPC_F_INX 0x00080000u
#define FPC_M_INV 0x80000000u
#define FPC_M_INX 0x08000000u

static uint64_t D(double d)
{
    uint64_t u;
    memcpy(&u, &d, 8);
    return u;
}
static uint32_t F(float f)
{
    uint32_t u;
    memcpy(&u, &f, 4);
    return u;
}

static void run(struct harness *h, const char *hex)
{
    h_code(h, H_CODE, hex);
    h_run_n(h, 1);
}

static unsigned pgm(struct harness *h)
{
    return h->cpu.psw.ia == H_PGM_WAIT_IA ? h_ld32(h, LC_PGM_ILC) & 0xFFFF : 0;
}

/* CFDBR 1,m3,2 of value: returns GR1's low word, leaves CC and FPC in h. */
static uint32_t cfdbr(struct harness *h, double value, unsigned m3)
{
    char hex[16];
    static const char digits[] = "0123456789ABCDEF";
    h_init(h);
    h->cpu.gr[1] = 0xAAAAAAAA55555555ULL;
    h->cpu.fpr[2] = D(value);
    memcpy(hex, "B399x012", 9);
    hex[4] = digits[m3];
    run(h, hex);
    ck_assert_uint_eq(h->cpu.gr[1] >> 32, 0xAAAAAAAA);
    return (uint32_t)h->cpu.gr[1];
}

START_TEST(convert_to_fixed_rounding)
{
    struct harness h;
    /* 2.5: nearest even 2, toward 0 2, toward +inf 3, toward -inf 2, ties away 3 */
    ck_assert_uint_eq(cfdbr(&h, 2.5, 4), 2);
    ck_assert_uint_eq(h.cpu.cc, 2);
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_INX);
    h_free(&h);
    ck_assert_uint_eq(cfdbr(&h, 2.5, 5), 2);
    h_free(&h);
    ck_assert_uint_eq(cfdbr(&h, 2.5, 6), 3);
    h_free(&h);
    ck_assert_uint_eq(cfdbr(&h, 2.5, 7), 2);
    h_free(&h);
    ck_assert_uint_eq(cfdbr(&h, 2.5, 1), 3);
    h_free(&h);
    ck_assert_uint_eq(cfdbr(&h, 3.5, 4), 4);
    h_free(&h);
    /* prepare for shorter precision: truncate to 2, even, so 3 */
    ck_assert_uint_eq(cfdbr(&h, 2.25, 3), 3);
    h_free(&h);
    ck_assert_uint_eq(cfdbr(&h, -2.5, 7), (uint32_t)-3);
    ck_assert_uint_eq(h.cpu.cc, 1);
    h_free(&h);
    ck_assert_uint_eq(cfdbr(&h, -2.5, 5), (uint32_t)-2);
    h_free(&h);
    /* exact: no flag; -0 gives CC 0 */
    ck_assert_uint_eq(cfdbr(&h, -7.0, 0), (uint32_t)-7);
    ck_assert_uint_eq(h.cpu.fpc, 0);
    h_free(&h);
    ck_assert_uint_eq(cfdbr(&h, -0.0, 0), 0);
    ck_assert_uint_eq(h.cpu.cc, 0);
    h_free(&h);
    /* M3 = 0 uses the FPC mode: set toward +inf through the FPC */
    h_init(&h);
    h.cpu.fpc = 2;
    h.cpu.fpr[2] = D(2.1);
    run(&h, "B3990012");
    ck_assert_uint_eq((uint32_t)h.cpu.gr[1], 3);
    h_free(&h);
    /* M3 = 2 is not a rounding method */
    h_init(&h);
    run(&h, "B3992012");
    ck_assert_uint_eq(pgm(&h), PGM_SPECIFICATION);
    h_free(&h);
}
END_TEST

START_TEST(convert_to_fixed_invalid)
{
    struct harness h;
    ck_assert_uint_eq(cfdbr(&h, 3e9, 5), 0x7FFFFFFF);
    ck_assert_uint_eq(h.cpu.cc, 3);
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_INV | FPC_F_INX);
    h_free(&h);
    ck_assert_uint_eq(cfdbr(&h, -3e9, 5), 0x80000000);
    ck_assert_uint_eq(h.cpu.cc, 3);
    h_free(&h);
    ck_assert_uint_eq(cfdbr(&h, NAN, 5), 0x80000000);
    ck_assert_uint_eq(h.cpu.cc, 3);
    h_free(&h);
    /* the largest value that fits, and one that rounds out of range */
    ck_assert_uint_eq(cfdbr(&h, 2147483647.4, 4), 0x7FFFFFFF);
    ck_assert_uint_eq(h.cpu.cc, 2);
    h_free(&h);
    ck_assert_uint_eq(cfdbr(&h, 2147483647.5, 4), 0x7FFFFFFF);
    ck_assert_uint_eq(h.cpu.cc, 3);
    h_free(&h);
    ck_assert_uint_eq(cfdbr(&h, -2147483648.9, 5), 0x80000000);
    ck_assert_uint_eq(h.cpu.cc, 1);
    h_free(&h);

    /* mask on: data exception DXC 0x80, GR and CC unchanged */
    h_init(&h);
    h.cpu.fpc = FPC_M_INV;
    h.cpu.gr[1] = 0x1234;
    h.cpu.cc = 2;
    h.cpu.fpr[2] = D(1e300);
    run(&h, "B3995012");
    ck_assert_uint_eq(pgm(&h), PGM_DATA);
    ck_assert_uint_eq(h.mem.bytes[LC_DXC + 3], 0x80);
    ck_assert_uint_eq(h.cpu.gr[1], 0x1234);
    ck_assert_uint_eq((h_ld64(&h, LC_PGM_OLD) >> 44) & 3, 2);
    h_free(&h);

    /* 64-bit: 2^62 exactly, and -2^63 fits */
    h_init(&h);
    h.cpu.fpr[2] = D(ldexp(1, 62));
    run(&h, "B3A95012"); /* CGDBR 1,5,2 */
    ck_assert_uint_eq(h.cpu.gr[1], 1ULL << 62);
    ck_assert_uint_eq(h.cpu.cc, 2);
    h_free(&h);
    h_init(&h);
    h.cpu.fpr[2] = D(-ldexp(1, 63));
    run(&h, "B3A95012");
    ck_assert_uint_eq(h.cpu.gr[1], 1ULL << 63);
    ck_assert_uint_eq(h.cpu.cc, 1);
    ck_assert_uint_eq(h.cpu.fpc, 0);
    h_free(&h);
}
END_TEST

START_TEST(convert_to_logical)
{
    struct harness h;
    h_init(&h);
    h.cpu.fpr[2] = D(4e9);
    run(&h, "B39D5012"); /* CLFDBR 1,5,2 */
    ck_assert_uint_eq((uint32_t)h.cpu.gr[1], 4000000000u);
    ck_assert_uint_eq(h.cpu.cc, 2);
    h_free(&h);

    h_init(&h);
    h.cpu.fpr[2] = D(-1.0);
    run(&h, "B39D5012");
    ck_assert_uint_eq((uint32_t)h.cpu.gr[1], 0);
    ck_assert_uint_eq(h.cpu.cc, 3);
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_INV | FPC_F_INX);
    h_free(&h);

    /* -0.5 toward zero is 0: in range, inexact, CC 1 for the negative source */
    h_init(&h);
    h.cpu.fpr[2] = D(-0.5);
    run(&h, "B39D5012");
    ck_assert_uint_eq((uint32_t)h.cpu.gr[1], 0);
    ck_assert_uint_eq(h.cpu.cc, 1);
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_INX);
    h_free(&h);

    /* M4 inexact suppression */
    h_init(&h);
    h.cpu.fpr[2] = D(1.5);
    run(&h, "B3AD5412"); /* CLGDBR 1,5,2,4 */
    ck_assert_uint_eq(h.cpu.gr[1], 1);
    ck_assert_uint_eq(h.cpu.fpc, 0);
    h_free(&h);
}
END_TEST

START_TEST(convert_from_fixed)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[3] = 0xFFFFFFFFFFFFFFF9ULL;
    run(&h, "B3950003"); /* CDFBR 0,3 */
    ck_assert_uint_eq(h.cpu.fpr[0], D(-7.0));
    h_free(&h);

    /* 2^24 + 1 to short: a tie; nearest even 2^24, toward +inf / ties away / PSP 2^24 + 2 */
    static const struct { unsigned m3; uint32_t expect; } cases[] = {
        {0, 0x4B800000}, {4, 0x4B800000}, {5, 0x4B800000}, {6, 0x4B800001}, {1, 0x4B800001}, {3, 0x4B800001},
    };
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char hex[16];
        h_init(&h);
        h.cpu.gr[3] = (1 << 24) + 1;
        memcpy(hex, "B3A4x013", 9); /* CEGBR 1,m3,3 */
        hex[4] = (char)('0' + cases[i].m3);
        run(&h, hex);
        ck_assert_uint_eq(h.cpu.fpr[1] >> 32, cases[i].expect);
        ck_assert_uint_eq(h.cpu.fpc, FPC_F_INX);
        h_free(&h);
    }

    /* logical: 2^64 - 1 to long rounds to 2^64 */
    h_init(&h);
    h.cpu.gr[3] = ~0ULL;
    run(&h, "B3A10013"); /* CDLGBR 1,0,3,0 */
    ck_assert_uint_eq(h.cpu.fpr[1], D(ldexp(1, 64)));
    h_free(&h);

    /* extended is exact: INT64_MIN = -2^63 */
    h_init(&h);
    h.cpu.gr[3] = 1ULL << 63;
    run(&h, "B3A60043"); /* CXGBR 4,3 */
    ck_assert_uint_eq(h.cpu.fpr[4], 0xC03E000000000000ULL);
    ck_assert_uint_eq(h.cpu.fpr[6], 0);
    h_free(&h);

    /* inexact with the mask on: completed, DXC 0x08 (2^24+1 truncated in nearest) */
    h_init(&h);
    h.cpu.fpc = FPC_M_INX;
    h.cpu.gr[3] = (1 << 24) + 1;
    run(&h, "B3A40013");
    ck_assert_uint_eq(pgm(&h), PGM_DATA);
    ck_assert_uint_eq(h.mem.bytes[LC_DXC + 3], 0x08);
    ck_assert_uint_eq(h.cpu.fpr[1] >> 32, 0x4B800000);
    h_free(&h);
}
END_TEST

START_TEST(load_lengthened_and_rounded)
{
    struct harness h;
    /* an SNaN: invalid, made quiet; fraction 0x000001 moves to the left of the long one */
    h_init(&h);
    h.cpu.fpr[2] = 0x7F800001ULL << 32;
    run(&h, "B3040012"); /* LDEBR 1,2 */
    ck_assert_uint_eq(h.cpu.fpr[1], 0x7FF8000020000000ULL);
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_INV);
    h_free(&h);

    h_init(&h);
    h.cpu.fpr[2] = D(-1.5);
    run(&h, "B3050042"); /* LXDBR 4,2 */
    ck_assert_uint_eq(h.cpu.fpr[4], 0xBFFF800000000000ULL);
    ck_assert_uint_eq(h.cpu.fpr[6], 0);
    h_free(&h);

    /* 1 + 2^-24 is half-way between two shorts */
    h_init(&h);
    h.cpu.fpr[2] = D(1.0 + 0x1p-24);
    run(&h, "B3440012"); /* LEDBR 1,2: nearest even */
    ck_assert_uint_eq(h.cpu.fpr[1] >> 32, 0x3F800000);
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_INX);
    h_free(&h);
    h_init(&h);
    h.cpu.fpr[2] = D(1.0 + 0x1p-24);
    run(&h, "B3441012"); /* LEDBRA 1,1,2,0: ties away */
    ck_assert_uint_eq(h.cpu.fpr[1] >> 32, 0x3F800001);
    h_free(&h);
    h_init(&h);
    h.cpu.fpr[2] = D(1.0 + 0x1p-24);
    run(&h, "B3441412"); /* LEDBRA 1,1,2,4: inexact suppressed */
    ck_assert_uint_eq(h.cpu.fpc, 0);
    h_free(&h);

    /* overflow to short */
    h_init(&h);
    h.cpu.fpr[2] = D(1e39);
    run(&h, "B3440012");
    ck_assert_uint_eq(h.cpu.fpr[1] >> 32, 0x7F800000);
    ck_assert_uint_eq(h.cpu.fpc, 0x00200000 | FPC_F_INX);
    h_free(&h);

    /* extended 1/3 to long: the host's 1/3 */
    h_init(&h);
    h.cpu.fpr[4] = 0x3FFD555555555555ULL;
    h.cpu.fpr[6] = 0x5555555555555555ULL;
    run(&h, "B3450014"); /* LDXBR 1,4 */
    volatile double a = 1.0, b = 3.0;
    ck_assert_uint_eq(h.cpu.fpr[1], D(a / b));
    h_free(&h);
}
END_TEST

START_TEST(load_fp_integer)
{
    struct harness h;
    static const struct { double in; unsigned m3; double out; } cases[] = {
        {-2.5, 4, -2.0}, {-2.5, 1, -3.0}, {-2.5, 5, -2.0}, {-2.5, 6, -2.0}, {-2.5, 7, -3.0},
        {-0.25, 4, -0.0}, {0.75, 4, 1.0}, {1e300, 4, 1e300}, {4503599627370497.0, 4, 4503599627370497.0},
    };
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char hex[16];
        h_init(&h);
        h.cpu.fpr[2] = D(cases[i].in);
        memcpy(hex, "B35Fx012", 9); /* FIDBR 1,m3,2 */
        hex[4] = (char)('0' + cases[i].m3);
        run(&h, hex);
        ck_assert_uint_eq(h.cpu.fpr[1], D(cases[i].out));
        h_free(&h);
    }
    /* extended: 2.5 (0x4000400...) to nearest even is 2 */
    h_init(&h);
    h.cpu.fpr[4] = 0x4000400000000000ULL;
    run(&h, "B3474014"); /* FIXBR 1,4,4 */
    ck_assert_uint_eq(h.cpu.fpr[1], 0x4000000000000000ULL);
    ck_assert_uint_eq(h.cpu.fpr[3], 0);
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_INX);
    h_free(&h);
}
END_TEST

START_TEST(compares)
{
    static const struct { double a, b; unsigned cc; } cases[] = {
        {1.0, 1.0, 0}, {-0.0, 0.0, 0}, {1.0, 2.0, 1}, {2.0, -3.0, 2}, {NAN, 1.0, 3}, {-INFINITY, -1e308, 1},
    };
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct harness h;
        h_init(&h);
        h.cpu.fpr[0] = D(cases[i].a);
        h.cpu.fpr[2] = D(cases[i].b);
        run(&h, "B3190002"); /* CDBR 0,2 */
        ck_assert_uint_eq(h.cpu.cc, cases[i].cc);
        ck_assert_uint_eq(h.cpu.fpc, 0); /* a QNaN is quiet for COMPARE */
        h_free(&h);
    }
    struct harness h;
    h_init(&h);
    h.cpu.fpr[0] = D(NAN);
    h.cpu.fpr[2] = D(1.0);
    run(&h, "B3180002"); /* KDBR: any NaN signals */
    ck_assert_uint_eq(h.cpu.cc, 3);
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_INV);
    h_free(&h);

    h_init(&h);
    h.cpu.fpc = FPC_M_INV;
    h.cpu.cc = 0;
    h.cpu.fpr[0] = (uint64_t)F(1.0f) << 32;
    h.cpu.fpr[2] = 0x7F800001ULL << 32;
    run(&h, "B3090002"); /* CEBR with an SNaN, mask on */
    ck_assert_uint_eq(pgm(&h), PGM_DATA);
    ck_assert_uint_eq(h.mem.bytes[LC_DXC + 3], 0x80);
    h_free(&h);

    /* extended: 1 + 2^-112 > 1 */
    h_init(&h);
    h.cpu.fpr[0] = 0x3FFF000000000000ULL;
    h.cpu.fpr[2] = 1;
    h.cpu.fpr[4] = 0x3FFF000000000000ULL;
    h.cpu.fpr[6] = 0;
    run(&h, "B3490004"); /* CXBR 0,4 */
    ck_assert_uint_eq(h.cpu.cc, 2);
    h_free(&h);

    /* storage form: CEB 0,8(5) */
    h_init(&h);
    h.cpu.gr[5] = 0x3000;
    h_st32(&h, 0x3008, F(2.0f));
    h.cpu.fpr[0] = (uint64_t)F(1.5f) << 32;
    run(&h, "ED0050080009");
    ck_assert_uint_eq(h.cpu.cc, 1);
    h_free(&h);
}
END_TEST

START_TEST(sign_operations_and_test)
{
    struct harness h;
    h_init(&h);
    h.cpu.fpr[2] = D(-3.0);
    run(&h, "B3130012"); /* LCDBR 1,2 */
    ck_assert_uint_eq(h.cpu.fpr[1], D(3.0));
    ck_assert_uint_eq(h.cpu.cc, 2);
    h_free(&h);

    h_init(&h);
    h.cpu.fpr[2] = D(0.0);
    run(&h, "B3110012"); /* LNDBR 1,2: -0, CC 0 */
    ck_assert_uint_eq(h.cpu.fpr[1], 0x8000000000000000ULL);
    ck_assert_uint_eq(h.cpu.cc, 0);
    h_free(&h);

    h_init(&h);
    h.cpu.fpr[2] = 0xFFF0000000000001ULL;
    run(&h, "B3120012"); /* LTDBR 1,2 of an SNaN: invalid, quiet result, CC 3 */
    ck_assert_uint_eq(h.cpu.fpr[1], 0xFFF8000000000001ULL);
    ck_assert_uint_eq(h.cpu.cc, 3);
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_INV);
    h_free(&h);

    h_init(&h);
    h.cpu.fpr[2] = 0xFFF0000000000001ULL;
    run(&h, "B3100012"); /* LPDBR: sign only, no exception */
    ck_assert_uint_eq(h.cpu.fpr[1], 0x7FF0000000000001ULL);
    ck_assert_uint_eq(h.cpu.cc, 3);
    ck_assert_uint_eq(h.cpu.fpc, 0);
    h_free(&h);

    h_init(&h);
    h.cpu.fpr[4] = 0x0000000000000000ULL;
    h.cpu.fpr[6] = 1; /* smallest positive subnormal extended */
    run(&h, "B3430014"); /* LCXBR 1,4 */
    ck_assert_uint_eq(h.cpu.fpr[1], 0x8000000000000000ULL);
    ck_assert_uint_eq(h.cpu.fpr[3], 1);
    ck_assert_uint_eq(h.cpu.cc, 1);
    h_free(&h);
}
END_TEST

START_TEST(test_data_class)
{
    static const struct { uint64_t v; const char *code; unsigned cc; } cases[] = {
        {0x0000000000000000ULL, "ED1008000011", 1}, /* +0, mask +0 */
        {0x0000000000000000ULL, "ED1004000011", 0}, /* +0, mask -0 */
        {0x8000000000000001ULL, "ED1000400011", 1}, /* -subnormal */
        {0x7FF0000000000000ULL, "ED1000200011", 1}, /* +inf */
        {0x7FF8000000000000ULL, "ED1000080011", 1}, /* +QNaN */
        {0xFFF0000000000001ULL, "ED1000010011", 1}, /* -SNaN */
        {0xBFF0000000000000ULL, "ED1000FF0011", 0}, /* -normal vs everything else */
        {0xBFF0000000000000ULL, "ED1001000011", 1}, /* -normal */
    };
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct harness h;
        h_init(&h);
        h.cpu.fpr[1] = cases[i].v;
        run(&h, cases[i].code); /* TCDB 1,mask */
        ck_assert_uint_eq(h.cpu.cc, cases[i].cc);
        ck_assert_uint_eq(h.cpu.fpc, 0); /* even for an SNaN */
        h_free(&h);
    }
}
END_TEST

START_TEST(more_storage_forms)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[5] = 0x3000;
    h_st32(&h, 0x3000, F(1.5f));
    h_st64(&h, 0x3008, D(-2.0));
    h_st32(&h, 0x3010, F(3.0f));
    h.cpu.fpr[8] = (uint64_t)F(2.0f) << 32;
    h.cpu.fpr[9] = D(5.0);
    h.cpu.fpr[10] = (uint64_t)F(7.0f) << 32;
    h.cpu.fpr[11] = D(0.5);
    /* LDEB 0,0(5); LXDB 4,8(5); LXEB 12,0(5); MDEB 8,16(5) (2*3 -> long 6);
     * MXDB 9,8(5) (5 * -2 -> extended -10 in 9/11); SEB 10,0(5) (7 - 1.5) */
    h_code(&h, H_CODE, "ED005000 0004 ED4050080005 EDC050000006 ED805010000C ED9050080007 EDA05000000B");
    h_run_n(&h, 6);
    ck_assert_uint_eq(h.cpu.fpr[0], D(1.5));
    ck_assert_uint_eq(h.cpu.fpr[4], 0xC000000000000000ULL);
    ck_assert_uint_eq(h.cpu.fpr[6], 0);
    ck_assert_uint_eq(h.cpu.fpr[12], 0x3FFF800000000000ULL);
    ck_assert_uint_eq(h.cpu.fpr[14], 0);
    ck_assert_uint_eq(h.cpu.fpr[8], D(6.0));
    ck_assert_uint_eq(h.cpu.fpr[9], 0xC002400000000000ULL); /* -10 = -1.25 x 2^3 */
    ck_assert_uint_eq(h.cpu.fpr[11], 0);
    ck_assert_uint_eq(h.cpu.fpr[10] >> 32, F(5.5f));
    ck_assert_uint_eq(h.cpu.cc, 2);
    h_free(&h);

    /* an addressing exception on the storage operand leaves the register alone */
    h_init(&h);
    h.cpu.gr[5] = 0x200000;
    h.cpu.fpr[0] = D(1.0);
    h_code(&h, H_CODE, "ED005000001A"); /* ADB 0,0(5) */
    h_run_n(&h, 1);
    ck_assert_uint_eq(pgm(&h), PGM_ADDRESSING);
    ck_assert_uint_eq(h.cpu.fpr[0], D(1.0));
    h_free(&h);

    /* TCEB / TCXB */
    h_init(&h);
    h.cpu.fpr[1] = 0xFF800000ULL << 32; /* -inf short */
    h.cpu.fpr[4] = 0x0000800000000000ULL; /* positive subnormal extended */
    h.cpu.fpr[6] = 0;
    h_code(&h, H_CODE, "ED1000100010");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 1);
    h_free(&h);
    h_init(&h);
    h.cpu.fpr[4] = 0x0000800000000000ULL;
    h_code(&h, H_CODE, "ED4000800012");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 1);
    h_free(&h);
    h_init(&h);
    h_code(&h, H_CODE, "ED2000800012"); /* TCXB 2: invalid pair */
    h_run_n(&h, 1);
    ck_assert_uint_eq(pgm(&h), PGM_SPECIFICATION);
    h_free(&h);
}
END_TEST

START_TEST(divide_to_integer)
{
    static const struct { double a, b; unsigned m4; double n, r; } cases[] = {
        {10.5, 3.0, 5, 3.0, 1.5},   /* toward 0 */
        {-7.0, 2.0, 4, -4.0, 1.0},  /* -3.5 to nearest even: -4 */
        {-7.0, 2.0, 5, -3.0, -1.0},
        {7.0, 2.0, 1, 4.0, -1.0},   /* ties away */
        {7.0, 2.0, 7, 3.0, 1.0},    /* toward -inf */
        {6.0, 3.0, 4, 2.0, 0.0},
        {-6.0, 3.0, 4, -2.0, -0.0}, /* a zero remainder has the dividend's sign */
        {1.0, 3.0, 5, 0.0, 1.0},
        {-1.0, 3.0, 5, -0.0, -1.0},
        {5.0, INFINITY, 4, 0.0, 5.0},
    };
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char hex[16];
        struct harness h;
        h_init(&h);
        h.cpu.fpr[0] = D(cases[i].a);
        h.cpu.fpr[1] = D(cases[i].b);
        memcpy(hex, "B35B2x01", 9); /* DIDBR 0,2,1,m4 */
        hex[5] = (char)('0' + cases[i].m4);
        run(&h, hex);
        ck_assert_msg(h.cpu.fpr[2] == D(cases[i].n), "case %u quotient %016llx", i, (unsigned long long)h.cpu.fpr[2]);
        ck_assert_msg(h.cpu.fpr[0] == D(cases[i].r), "case %u remainder %016llx", i, (unsigned long long)h.cpu.fpr[0]);
        ck_assert_uint_eq(h.cpu.cc, 0);
        ck_assert_uint_eq(h.cpu.fpc, 0);
        h_free(&h);
    }
    struct harness h;
    /* short: -7 / 2 to nearest even */
    h_init(&h);
    h.cpu.fpr[4] = (uint64_t)F(-7.0f) << 32;
    h.cpu.fpr[5] = (uint64_t)F(2.0f) << 32;
    run(&h, "B3536445"); /* DIEBR 4,6,5,4 */
    ck_assert_uint_eq(h.cpu.fpr[4] >> 32, F(1.0f));
    ck_assert_uint_eq(h.cpu.fpr[6] >> 32, F(-4.0f));
    h_free(&h);

    /* quotient beyond 2^53: partial, CC 2, and the pieces still add up: n * b + r = a */
    h_init(&h);
    h.cpu.fpr[0] = D(0x1p60);
    h.cpu.fpr[1] = D(3.0);
    run(&h, "B35B2501");
    ck_assert_uint_eq(h.cpu.cc, 2);
    double n, r;
    memcpy(&n, &h.cpu.fpr[2], 8);
    memcpy(&r, &h.cpu.fpr[0], 8);
    ck_assert(n == trunc(n) && n >= 0x1p53);
    ck_assert((long double)n * 3.0L + (long double)r == 0x1p60L);
    h_free(&h);

    /* divisor zero: invalid, default NaN in both */
    h_init(&h);
    h.cpu.fpr[0] = D(1.0);
    h.cpu.fpr[1] = 0;
    run(&h, "B35B2501");
    ck_assert_uint_eq(h.cpu.fpr[0], 0x7FF8000000000000ULL);
    ck_assert_uint_eq(h.cpu.fpr[2], 0x7FF8000000000000ULL);
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_INV);
    h_free(&h);

    /* the same register twice */
    h_init(&h);
    run(&h, "B35B0501");
    ck_assert_uint_eq(pgm(&h), PGM_SPECIFICATION);
    h_free(&h);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("bfp_convert");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, convert_to_fixed_rounding);
    tcase_add_test(tc, convert_to_fixed_invalid);
    tcase_add_test(tc, convert_to_logical);
    tcase_add_test(tc, convert_from_fixed);
    tcase_add_test(tc, load_lengthened_and_rounded);
    tcase_add_test(tc, load_fp_integer);
    tcase_add_test(tc, compares);
    tcase_add_test(tc, sign_operations_and_test);
    tcase_add_test(tc, test_data_class);
    tcase_add_test(tc, more_storage_forms);
    tcase_add_test(tc, divide_to_integer);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
