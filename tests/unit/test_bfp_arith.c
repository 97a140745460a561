/* BFP arithmetic and the IEEE exception rules of the FPC.  Expected short and long results
 * come from the host compiler's IEEE arithmetic (an independent implementation); extended
 * ones are bit patterns worked out by hand; exception behaviour follows the PoP. */
#include <fenv.h>
#include <float.h>
#include <math.h>
#include <string.h>

#include "bfp.h"
#include "harness.h"

#define FPC_F_INV 0x00800000u
#define FPC_F_DZ 0x00400000u
#define FPC_F_OVF 0x00200000u
#define FPC_F_UNF 0x00100000u
#define FPC_F_INX 0x00080000u
#define FPC_M_INV 0x80000000u
#define FPC_M_DZ 0x40000000u
#define FPC_M_OVF 0x20000000u
#define FPC_M_UNF 0x10000000u
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

/* Run the instruction(s) under test; a program interruption ends at the wait PSW. */
static void run(struct harness *h, const char *hex, unsigned n)
{
    h_code(h, H_CODE, hex);
    h_run_n(h, n);
}

static void expect_data(struct harness *h, uint8_t dxc, uint64_t old_ia)
{
    ck_assert_uint_eq(h->cpu.psw.ia, H_PGM_WAIT_IA);
    ck_assert_uint_eq(h_ld32(h, LC_PGM_ILC) & 0xFFFF, PGM_DATA);
    ck_assert_uint_eq(h->mem.bytes[LC_DXC + 3], dxc);
    ck_assert_uint_eq((h->cpu.fpc >> 8) & 0xFF, dxc);
    ck_assert_uint_eq(h_ld64(h, LC_PGM_OLD + 8), old_ia);
}

static void no_interrupt(struct harness *h)
{
    ck_assert_uint_ne(h->cpu.psw.ia, H_PGM_WAIT_IA);
}

START_TEST(add_subtract_long_and_cc)
{
    struct harness h;
    h_init(&h);
    h.cpu.fpr[0] = D(1.5);
    h.cpu.fpr[2] = D(2.25);
    run(&h, "B31A0002", 1); /* ADBR 0,2 */
    no_interrupt(&h);
    ck_assert_uint_eq(h.cpu.fpr[0], D(3.75));
    ck_assert_uint_eq(h.cpu.cc, 2);
    ck_assert_uint_eq(h.cpu.fpc, 0);
    h_free(&h);

    h_init(&h);
    h.cpu.fpr[0] = D(1.5);
    h.cpu.fpr[2] = D(2.25);
    run(&h, "B31B0002", 1); /* SDBR 0,2 */
    ck_assert_uint_eq(h.cpu.fpr[0], D(-0.75));
    ck_assert_uint_eq(h.cpu.cc, 1);
    h_free(&h);

    h_init(&h);
    h.cpu.fpr[4] = D(2.25);
    run(&h, "B31B0044", 1); /* SDBR 4,4: +0 in round to nearest */
    ck_assert_uint_eq(h.cpu.fpr[4], 0);
    ck_assert_uint_eq(h.cpu.cc, 0);
    h_free(&h);
}
END_TEST

START_TEST(short_ops_keep_right_half)
{
    struct harness h;
    h_init(&h);
    h.cpu.fpr[1] = ((uint64_t)F(1.0f) << 32) | 0xCAFEF00D;
    h.cpu.fpr[3] = (uint64_t)F(3.0f) << 32;
    run(&h, "B30D0013", 1); /* DEBR 1,3 */
    volatile float one = 1.0f, three = 3.0f;
    ck_assert_uint_eq(h.cpu.fpr[1], ((uint64_t)F(one / three) << 32) | 0xCAFEF00D);
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_INX);
    h_free(&h);
}
END_TEST

START_TEST(storage_forms)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[5] = 0x3000;
    h_st64(&h, 0x3008, D(0.1));
    h_st32(&h, 0x3010, F(2.5f));
    h.cpu.fpr[0] = D(0.2);
    h.cpu.fpr[1] = (uint64_t)F(4.0f) << 32;
    /* ADB 0,8(5); MEEB 1,16(5) */
    run(&h, "ED005008001A ED1050100017", 2);
    volatile double a = 0.2, b = 0.1;
    ck_assert_uint_eq(h.cpu.fpr[0], D(a + b));
    ck_assert_uint_eq(h.cpu.fpr[1] >> 32, F(10.0f));
    ck_assert_uint_eq(h.cpu.cc, 2);
    h_free(&h);
}
END_TEST

START_TEST(divide_by_zero)
{
    struct harness h;
    h_init(&h);
    h.cpu.fpr[0] = D(-1.0);
    h.cpu.fpr[2] = 0;
    run(&h, "B31D0002", 1); /* DDBR 0,2, mask off: -inf and the flag */
    no_interrupt(&h);
    ck_assert_uint_eq(h.cpu.fpr[0], 0xFFF0000000000000ULL);
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_DZ);
    h_free(&h);

    h_init(&h);
    h.cpu.fpc = FPC_M_DZ;
    h.cpu.fpr[0] = D(-1.0);
    h.cpu.fpr[2] = 0;
    run(&h, "B31D0002", 1); /* mask on: data exception DXC 0x40, result suppressed */
    expect_data(&h, 0x40, H_CODE + 4);
    ck_assert_uint_eq(h.cpu.fpr[0], D(-1.0));
    ck_assert_uint_eq(h.cpu.fpc & 0x00FF0000, 0); /* no flag */
    h_free(&h);
}
END_TEST

START_TEST(nan_operands)
{
    struct harness h;
    /* SNaN + number: invalid, the SNaN made quiet */
    h_init(&h);
    h.cpu.fpr[0] = 0x7FF0000000000001ULL;
    h.cpu.fpr[2] = D(1.0);
    run(&h, "B31A0002", 1);
    ck_assert_uint_eq(h.cpu.fpr[0], 0x7FF8000000000001ULL);
    ck_assert_uint_eq(h.cpu.cc, 3);
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_INV);
    h_free(&h);

    /* QNaN op1, SNaN op2: the SNaN wins */
    h_init(&h);
    h.cpu.fpr[0] = 0x7FF8000000000005ULL;
    h.cpu.fpr[2] = 0xFFF0000000000007ULL;
    run(&h, "B31C0002", 1); /* MDBR */
    ck_assert_uint_eq(h.cpu.fpr[0], 0xFFF8000000000007ULL);
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_INV);
    h_free(&h);

    /* two QNaNs: the first operand, no exception */
    h_init(&h);
    h.cpu.fpr[0] = 0x7FF8000000000005ULL;
    h.cpu.fpr[2] = 0x7FF8000000000009ULL;
    run(&h, "B31B0002", 1);
    ck_assert_uint_eq(h.cpu.fpr[0], 0x7FF8000000000005ULL);
    ck_assert_uint_eq(h.cpu.fpc, 0);
    h_free(&h);

    /* SNaN with the invalid mask on: DXC 0x80, suppressed */
    h_init(&h);
    h.cpu.fpc = FPC_M_INV;
    h.cpu.fpr[1] = 0x7F800001ULL << 32;
    h.cpu.fpr[3] = (uint64_t)F(1.0f) << 32;
    h.cpu.cc = 1;
    run(&h, "B30A0013", 1); /* AEBR 1,3 */
    expect_data(&h, 0x80, H_CODE + 4);
    ck_assert_uint_eq(h.cpu.fpr[1], 0x7F800001ULL << 32);
    ck_assert_uint_eq((h_ld64(&h, LC_PGM_OLD) >> 44) & 3, 1); /* CC unchanged */
    h_free(&h);
}
END_TEST

START_TEST(invalid_gives_default_nan)
{
    struct harness h;
    h_init(&h);
    h.cpu.fpr[0] = 0x7FF0000000000000ULL;
    h.cpu.fpr[2] = 0x7FF0000000000000ULL;
    run(&h, "B31B0002", 1); /* inf - inf */
    ck_assert_uint_eq(h.cpu.fpr[0], 0x7FF8000000000000ULL);
    ck_assert_uint_eq(h.cpu.cc, 3);
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_INV);
    h_free(&h);

    h_init(&h);
    h.cpu.fpr[2] = (uint64_t)F(-4.0f) << 32;
    run(&h, "B3140002", 1); /* SQEBR 0,2 of -4 */
    ck_assert_uint_eq(h.cpu.fpr[0] >> 32, 0x7FC00000);
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_INV);
    h_free(&h);

    h_init(&h);
    h.cpu.fpr[2] = D(-0.0);
    run(&h, "B3150002", 1); /* SQDBR of -0 is -0, no exception */
    ck_assert_uint_eq(h.cpu.fpr[0], 0x8000000000000000ULL);
    ck_assert_uint_eq(h.cpu.fpc, 0);
    h_free(&h);

    h_init(&h);
    h.cpu.fpr[0] = 0;
    h.cpu.fpr[2] = 0;
    h.cpu.fpr[4] = 0;
    h.cpu.fpr[6] = 0;
    run(&h, "B34D0004", 1); /* DXBR 0,4: 0/0 */
    ck_assert_uint_eq(h.cpu.fpr[0], 0x7FFF800000000000ULL);
    ck_assert_uint_eq(h.cpu.fpr[2], 0);
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_INV);
    h_free(&h);
}
END_TEST

START_TEST(extended_arithmetic)
{
    struct harness h;
    /* 1 / 3 = 1.0101...b x 2^-2: exponent 0x3FFD, fraction 0x5555..., rounded down */
    h_init(&h);
    h.cpu.fpr[1] = 0x3FFF000000000000ULL;
    h.cpu.fpr[3] = 0;
    h.cpu.fpr[4] = 0x4000800000000000ULL; /* 3 = 1.1b x 2^1 */
    h.cpu.fpr[6] = 0;
    run(&h, "B34D0014", 1); /* DXBR 1,4 */
    ck_assert_uint_eq(h.cpu.fpr[1], 0x3FFD555555555555ULL);
    ck_assert_uint_eq(h.cpu.fpr[3], 0x5555555555555555ULL);
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_INX);
    h_free(&h);

    /* toward +inf the last bit goes up */
    h_init(&h);
    h.cpu.fpc = 2;
    h.cpu.fpr[1] = 0x3FFF000000000000ULL;
    h.cpu.fpr[4] = 0x4000800000000000ULL;
    run(&h, "B34D0014", 1);
    ck_assert_uint_eq(h.cpu.fpr[3], 0x5555555555555556ULL);
    h_free(&h);

    /* sqrt(2) = 1.6A09E667F3BCC908B2FB1366EA95|7D3E...: rounds down to nearest */
    h_init(&h);
    h.cpu.fpr[8] = 0x4000000000000000ULL;
    h.cpu.fpr[10] = 0;
    run(&h, "B31600C8", 1); /* SQXBR 12,8 */
    ck_assert_uint_eq(h.cpu.fpr[12], 0x3FFF6A09E667F3BCULL);
    ck_assert_uint_eq(h.cpu.fpr[14], 0xC908B2FB1366EA95ULL);
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_INX);
    h_free(&h);

    /* ... and up toward +inf */
    h_init(&h);
    h.cpu.fpc = 2;
    h.cpu.fpr[8] = 0x4000000000000000ULL;
    run(&h, "B31600C8", 1);
    ck_assert_uint_eq(h.cpu.fpr[14], 0xC908B2FB1366EA96ULL);
    h_free(&h);

    /* sqrt(4) = 2 exactly */
    h_init(&h);
    h.cpu.fpr[8] = 0x4001000000000000ULL;
    run(&h, "B31600C8", 1);
    ck_assert_uint_eq(h.cpu.fpr[12], 0x4000000000000000ULL);
    ck_assert_uint_eq(h.cpu.fpr[14], 0);
    ck_assert_uint_eq(h.cpu.fpc, 0);
    h_free(&h);

    /* 1 + 2^-112 - 1 = 2^-112 (exponent 0x3F8F), CC 2 */
    h_init(&h);
    h.cpu.fpr[0] = 0x3FFF000000000000ULL;
    h.cpu.fpr[2] = 1;
    h.cpu.fpr[4] = 0xBFFF000000000000ULL;
    h.cpu.fpr[6] = 0;
    run(&h, "B34A0004", 1); /* AXBR 0,4 */
    ck_assert_uint_eq(h.cpu.fpr[0], 0x3F8F000000000000ULL);
    ck_assert_uint_eq(h.cpu.fpr[2], 0);
    ck_assert_uint_eq(h.cpu.cc, 2);
    h_free(&h);
}
END_TEST

START_TEST(extended_invalid_pair)
{
    struct harness h;
    h_init(&h);
    run(&h, "B34A0024", 1); /* AXBR 2,4 */
    ck_assert_uint_eq(h.cpu.psw.ia, H_PGM_WAIT_IA);
    ck_assert_uint_eq(h_ld32(&h, LC_PGM_ILC) & 0xFFFF, PGM_SPECIFICATION);
    h_free(&h);

    h_init(&h);
    run(&h, "B3160016", 1); /* SQXBR 1,6 */
    ck_assert_uint_eq(h_ld32(&h, LC_PGM_ILC) & 0xFFFF, PGM_SPECIFICATION);
    h_free(&h);
}
END_TEST

START_TEST(multiply_and_add_is_fused)
{
    /* (1 + 2^-30)(1 - 2^-30) - 1 = -2^-60 exactly; unfused it would be 0 */
    struct harness h;
    h_init(&h);
    h.cpu.fpr[1] = D(-1.0);
    h.cpu.fpr[3] = D(1.0 + ldexp(1, -30));
    h.cpu.fpr[2] = D(1.0 - ldexp(1, -30));
    run(&h, "B31E1032", 1); /* MADBR 1,3,2 */
    ck_assert_uint_eq(h.cpu.fpr[1], D(-ldexp(1, -60)));
    h_free(&h);

    h_init(&h);
    h.cpu.fpr[1] = D(1.0);
    h.cpu.fpr[3] = D(1.0 + ldexp(1, -30));
    h.cpu.fpr[2] = D(1.0 - ldexp(1, -30));
    run(&h, "B31F1032", 1); /* MSDBR 1,3,2 */
    ck_assert_uint_eq(h.cpu.fpr[1], D(-ldexp(1, -60)));
    h_free(&h);

    /* short, storage form: 3 * 2.5 + 0.5 = 8 */
    h_init(&h);
    h.cpu.gr[5] = 0x3000;
    h_st32(&h, 0x3004, F(2.5f));
    h.cpu.fpr[1] = (uint64_t)F(0.5f) << 32;
    h.cpu.fpr[3] = (uint64_t)F(3.0f) << 32;
    run(&h, "ED305004100E", 1); /* MAEB 1,3,4(0,5) */
    ck_assert_uint_eq(h.cpu.fpr[1] >> 32, F(8.0f));
    h_free(&h);
}
END_TEST

START_TEST(lengthening_multiply)
{
    struct harness h;
    h_init(&h);
    /* (1 + 2^-23)^2 = 1 + 2^-22 + 2^-46: exact in long */
    h.cpu.fpr[1] = (uint64_t)F(1.0f + 0x1p-23f) << 32;
    h.cpu.fpr[2] = (uint64_t)F(1.0f + 0x1p-23f) << 32;
    run(&h, "B30C0012", 1); /* MDEBR 1,2 */
    ck_assert_uint_eq(h.cpu.fpr[1], D(1.0 + 0x1p-22 + 0x1p-46));
    ck_assert_uint_eq(h.cpu.fpc, 0);
    h_free(&h);

    h_init(&h);
    /* (1 + 2^-52)^2 = 1 + 2^-51 + 2^-104: the 112-bit fraction has bits 61 and 8 (from the
     * right) set, both in the low register (the high one holds 2^-1 .. 2^-48) */
    h.cpu.fpr[4] = D(1.0 + 0x1p-52);
    h.cpu.fpr[5] = D(1.0 + 0x1p-52);
    run(&h, "B3070045", 1); /* MXDBR 4,5 */
    ck_assert_uint_eq(h.cpu.fpr[4], 0x3FFF000000000000ULL);
    ck_assert_uint_eq(h.cpu.fpr[6], (1ULL << 61) | (1ULL << 8));
    h_free(&h);
}
END_TEST

START_TEST(overflow)
{
    struct harness h;
    h_init(&h);
    h.cpu.fpr[0] = D(DBL_MAX);
    h.cpu.fpr[2] = D(2.0);
    run(&h, "B31C0002", 1); /* MDBR: +inf, overflow and inexact */
    no_interrupt(&h);
    ck_assert_uint_eq(h.cpu.fpr[0], 0x7FF0000000000000ULL);
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_OVF | FPC_F_INX);
    h_free(&h);

    h_init(&h);
    h.cpu.fpc = 1; /* toward zero: the largest finite number */
    h.cpu.fpr[0] = D(DBL_MAX);
    h.cpu.fpr[2] = D(2.0);
    run(&h, "B31C0002", 1);
    ck_assert_uint_eq(h.cpu.fpr[0], D(DBL_MAX));
    h_free(&h);

    /* mask on: the exact product scaled by 2^-1536, DXC 0x20 (exact), completion */
    h_init(&h);
    h.cpu.fpc = FPC_M_OVF;
    h.cpu.fpr[0] = D(DBL_MAX);
    h.cpu.fpr[2] = D(2.0);
    run(&h, "B31C0002", 1);
    expect_data(&h, 0x20, H_CODE + 4);
    ck_assert_uint_eq(h.cpu.fpr[0], D(ldexp(DBL_MAX, 1 - 1536)));
    ck_assert_uint_eq(h.cpu.fpc & 0x00FF0000, 0);
    h_free(&h);

    /* inexact overflow trapped: DBL_MAX * 1.5 has the 55-bit significand 3 * (2^53 - 1),
     * whose dropped bits 01 round down: DXC 0x28; the scaled result rounds the same way */
    h_init(&h);
    h.cpu.fpc = FPC_M_OVF;
    h.cpu.fpr[0] = D(DBL_MAX);
    h.cpu.fpr[2] = D(1.5);
    run(&h, "B31C0002", 1);
    expect_data(&h, 0x28, H_CODE + 4);
    volatile double m = ldexp(DBL_MAX, -1536), f = 1.5;
    volatile double lo = m * f;
    ck_assert_uint_eq(h.cpu.fpr[0], D(lo));
    h_free(&h);
}
END_TEST

START_TEST(underflow)
{
    struct harness h;
    /* exact subnormal result, mask off: no flags */
    h_init(&h);
    h.cpu.fpr[0] = D(DBL_MIN);
    h.cpu.fpr[2] = D(0.5);
    run(&h, "B31C0002", 1);
    ck_assert_uint_eq(h.cpu.fpr[0], D(DBL_MIN / 2));
    ck_assert_uint_eq(h.cpu.fpc, 0);
    h_free(&h);

    /* the same with the mask on: tiny even though exact, DXC 0x10, scaled by 2^1536 */
    h_init(&h);
    h.cpu.fpc = FPC_M_UNF;
    h.cpu.fpr[0] = D(DBL_MIN);
    h.cpu.fpr[2] = D(0.5);
    run(&h, "B31C0002", 1);
    expect_data(&h, 0x10, H_CODE + 4);
    ck_assert_uint_eq(h.cpu.fpr[0], D(ldexp(1, -1023 + 1536)));
    h_free(&h);

    /* inexact tiny result, mask off: underflow and inexact flags */
    h_init(&h);
    h.cpu.fpr[0] = D(DBL_MIN);
    h.cpu.fpr[2] = D(3.0);
    run(&h, "B31D0002", 1); /* DDBR */
    volatile double a = DBL_MIN, b = 3.0;
    ck_assert_uint_eq(h.cpu.fpr[0], D(a / b));
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_UNF | FPC_F_INX);
    h_free(&h);

    /* tininess is judged before rounding (PoP), the host judges after */
    h_init(&h);
    h.cpu.fpr[0] = D(DBL_MIN + 0x1p-1074);
    h.cpu.fpr[2] = D(1.0 - 0x1p-52);
    /* DBL_MIN (1 + 2^-52)(1 - 2^-52) = DBL_MIN (1 - 2^-104): rounds to DBL_MIN even with an
     * unbounded exponent (so not tiny after rounding), but is below it before rounding */
    run(&h, "B31C0002", 1);
    ck_assert_uint_eq(h.cpu.fpr[0], D(DBL_MIN));
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_UNF | FPC_F_INX);
    h_free(&h);
}
END_TEST

START_TEST(inexact_trap_completes)
{
    struct harness h;
    h_init(&h);
    h.cpu.fpc = FPC_M_INX;
    h.cpu.fpr[0] = D(1.0);
    h.cpu.fpr[2] = D(3.0);
    run(&h, "B31D0002", 1);
    /* 1/3 = 1.0101..01|0101... x 2^-2 in nearest: truncated, DXC 0x08; result stored */
    expect_data(&h, 0x08, H_CODE + 4);
    volatile double a = 1.0, b = 3.0;
    ck_assert_uint_eq(h.cpu.fpr[0], D(a / b));
    ck_assert_uint_eq(h.cpu.fpc & 0x00FF0000, 0);
    h_free(&h);

    h_init(&h);
    h.cpu.fpc = FPC_M_INX;
    h.cpu.fpr[0] = D(2.0);
    h.cpu.fpr[2] = D(3.0);
    run(&h, "B31D0002", 1);
    /* 2/3 = 1.0101..01|0101.. x 2^-1: truncated as well */
    expect_data(&h, 0x08, H_CODE + 4);
    h_free(&h);

    h_init(&h);
    h.cpu.fpc = FPC_M_INX | 2; /* toward +inf: incremented */
    h.cpu.fpr[0] = D(1.0);
    h.cpu.fpr[2] = D(3.0);
    run(&h, "B31D0002", 1);
    expect_data(&h, 0x0C, H_CODE + 4);
    h_free(&h);
}
END_TEST

START_TEST(rounding_modes_follow_the_fpc)
{
    static const int host[4] = {FE_TONEAREST, FE_TOWARDZERO, FE_UPWARD, FE_DOWNWARD};
    for (unsigned mode = 0; mode < 4; mode++) {
        struct harness h;
        h_init(&h);
        h.cpu.fpc = mode;
        h.cpu.fpr[0] = D(-2.0);
        h.cpu.fpr[2] = D(3.0);
        run(&h, "B31D0002", 1);
        fesetround(host[mode]);
        volatile double a = -2.0, b = 3.0;
        volatile double q = a / b;
        fesetround(FE_TONEAREST);
        ck_assert_uint_eq(h.cpu.fpr[0], D(q));
        h_free(&h);
    }
    /* prepare for shorter precision: truncate, then force the last bit to one */
    struct harness h;
    h_init(&h);
    h.cpu.fpc = 7;
    h.cpu.fpr[0] = D(1.0);
    h.cpu.fpr[2] = D(4.0);
    h.cpu.fpr[4] = D(2.0);
    h.cpu.fpr[6] = D(3.0);
    run(&h, "B31D0002 B31D0046", 2); /* 1/4 exact stays even; 2/3 gets its last bit set */
    ck_assert_uint_eq(h.cpu.fpr[0], D(0.25));
    fesetround(FE_TOWARDZERO);
    volatile double a = 2.0, b = 3.0;
    volatile double q = a / b;
    fesetround(FE_TONEAREST);
    ck_assert_uint_eq(h.cpu.fpr[4], D(q) | 1);
    h_free(&h);
}
END_TEST

START_TEST(scaled_results_of_other_formats)
{
    struct harness h;
    /* short: FLT_MAX * 4 exact, scaled by 2^-192: exponent 129 - 192 = -63 (biased 0x40) */
    h_init(&h);
    h.cpu.fpc = FPC_M_OVF;
    h.cpu.fpr[0] = (uint64_t)F(FLT_MAX) << 32;
    h.cpu.fpr[2] = (uint64_t)F(4.0f) << 32;
    run(&h, "B3170002", 1); /* MEEBR 0,2 */
    expect_data(&h, 0x20, H_CODE + 4);
    ck_assert_uint_eq(h.cpu.fpr[0] >> 32, 0x207FFFFF);
    h_free(&h);

    /* extended: MAX * 2 exact, scaled by 2^-24576: exponent 16384 - 24576 = -8192 */
    h_init(&h);
    h.cpu.fpc = FPC_M_OVF;
    h.cpu.fpr[0] = 0x7FFEFFFFFFFFFFFFULL;
    h.cpu.fpr[2] = 0xFFFFFFFFFFFFFFFFULL;
    h.cpu.fpr[4] = 0x4000000000000000ULL;
    h.cpu.fpr[6] = 0;
    run(&h, "B34C0004", 1); /* MXBR 0,4 */
    expect_data(&h, 0x20, H_CODE + 4);
    ck_assert_uint_eq(h.cpu.fpr[0], 0x1FFFFFFFFFFFFFFFULL);
    ck_assert_uint_eq(h.cpu.fpr[2], 0xFFFFFFFFFFFFFFFFULL);
    h_free(&h);

    /* extended, mask off: +inf, overflow and inexact */
    h_init(&h);
    h.cpu.fpr[0] = 0x7FFEFFFFFFFFFFFFULL;
    h.cpu.fpr[2] = 0xFFFFFFFFFFFFFFFFULL;
    h.cpu.fpr[4] = 0x4000000000000000ULL;
    run(&h, "B34C0004", 1);
    ck_assert_uint_eq(h.cpu.fpr[0], 0x7FFF000000000000ULL);
    ck_assert_uint_eq(h.cpu.fpr[2], 0);
    ck_assert_uint_eq(h.cpu.fpc, 0x00200000 | FPC_F_INX);
    h_free(&h);

    /* extended underflow trapped: 2^-16382 * 0.5 = 2^-16383 (exact, tiny), scaled by 2^24576
     * to 2^8193: biased exponent 0x6000 */
    h_init(&h);
    h.cpu.fpc = FPC_M_UNF;
    h.cpu.fpr[0] = 0x0001000000000000ULL;
    h.cpu.fpr[2] = 0;
    h.cpu.fpr[4] = 0x3FFE000000000000ULL;
    h.cpu.fpr[6] = 0;
    run(&h, "B34C0004", 1);
    expect_data(&h, 0x10, H_CODE + 4);
    ck_assert_uint_eq(h.cpu.fpr[0], 0x6000000000000000ULL);
    ck_assert_uint_eq(h.cpu.fpr[2], 0);
    h_free(&h);
}
END_TEST

START_TEST(multiply_and_add_nan_precedence)
{
    struct harness h;
    /* an SNaN first operand beats QNaNs in the second and third */
    h_init(&h);
    h.cpu.fpr[1] = 0x7FF0000000000001ULL;
    h.cpu.fpr[2] = 0x7FF8000000000002ULL;
    h.cpu.fpr[3] = 0x7FF8000000000003ULL;
    run(&h, "B31E1032", 1); /* MADBR 1,3,2 */
    ck_assert_uint_eq(h.cpu.fpr[1], 0x7FF8000000000001ULL);
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_INV);
    h_free(&h);

    /* all quiet: the third operand's */
    h_init(&h);
    h.cpu.fpr[1] = 0x7FF8000000000001ULL;
    h.cpu.fpr[2] = 0x7FF8000000000002ULL;
    h.cpu.fpr[3] = 0x7FF8000000000003ULL;
    run(&h, "B31F1032", 1); /* MSDBR 1,3,2 */
    ck_assert_uint_eq(h.cpu.fpr[1], 0x7FF8000000000003ULL);
    ck_assert_uint_eq(h.cpu.fpc, 0);
    h_free(&h);

    /* 0 * inf + 1: invalid, default NaN */
    h_init(&h);
    h.cpu.fpr[1] = D(1.0);
    h.cpu.fpr[2] = 0x7FF0000000000000ULL;
    h.cpu.fpr[3] = 0;
    run(&h, "B31E1032", 1);
    ck_assert_uint_eq(h.cpu.fpr[1], 0x7FF8000000000000ULL);
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_INV);
    h_free(&h);
}
END_TEST

START_TEST(square_roots)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[5] = 0x3000;
    h_st32(&h, 0x3000, F(2.0f));
    h_st64(&h, 0x3008, D(2.0));
    run(&h, "ED0050000014 ED2050080015", 2); /* SQEB 0,0(5); SQDB 2,8(5) */
    volatile float f = 2.0f;
    volatile double d = 2.0;
    ck_assert_uint_eq(h.cpu.fpr[0] >> 32, F(sqrtf(f)));
    ck_assert_uint_eq(h.cpu.fpr[2], D(sqrt(d)));
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_INX);
    h_free(&h);

    /* extended: sqrt of the smallest subnormal 2^-16494 is 2^-8247 (biased 0x1FC8) */
    h_init(&h);
    h.cpu.fpr[0] = 0;
    h.cpu.fpr[2] = 1;
    run(&h, "B3160040", 1); /* SQXBR 4,0 */
    ck_assert_uint_eq(h.cpu.fpr[4], 0x1FC8000000000000ULL);
    ck_assert_uint_eq(h.cpu.fpr[6], 0);
    ck_assert_uint_eq(h.cpu.fpc, 0);
    h_free(&h);
}
END_TEST

/* With the inexact flag already set (and its trap off) the other exceptions must still be
 * seen: every case here starts from that FPC. */
START_TEST(exceptions_with_inexact_flag_already_set)
{
    struct harness h;
    h_init(&h);
    h.cpu.fpc = FPC_F_INX;
    h.cpu.fpr[0] = D(1.0);
    h.cpu.fpr[2] = D(3.0);
    h.cpu.fpr[4] = D(5.0);
    h.cpu.fpr[6] = 0;
    run(&h, "B31D0002 B31D0046", 2); /* 1/3, then 5/0 */
    volatile double a = 1.0, b = 3.0;
    ck_assert_uint_eq(h.cpu.fpr[0], D(a / b));
    ck_assert_uint_eq(h.cpu.fpr[4], 0x7FF0000000000000ULL);
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_INX | FPC_F_DZ);
    h_free(&h);

    h_init(&h);
    h.cpu.fpc = FPC_F_INX;
    h.cpu.fpr[0] = D(DBL_MIN + 0x1p-1074);
    h.cpu.fpr[2] = D(1.0 - 0x1p-52);
    run(&h, "B31C0002", 1); /* tiny before rounding, result DBL_MIN */
    ck_assert_uint_eq(h.cpu.fpr[0], D(DBL_MIN));
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_UNF | FPC_F_INX);
    h_free(&h);

    h_init(&h);
    h.cpu.fpc = FPC_F_INX;
    h.cpu.fpr[0] = 0x7FF8000000000005ULL;
    h.cpu.fpr[2] = 0x7FF0000000000007ULL;
    run(&h, "B31A0002", 1); /* QNaN + SNaN: the SNaN, made quiet */
    ck_assert_uint_eq(h.cpu.fpr[0], 0x7FF8000000000007ULL);
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_INX | FPC_F_INV);
    h_free(&h);

    h_init(&h);
    h.cpu.fpc = FPC_F_INX;
    h.cpu.fpr[0] = D(DBL_MAX);
    h.cpu.fpr[2] = D(DBL_MAX);
    run(&h, "B31A0002", 1); /* overflow */
    ck_assert_uint_eq(h.cpu.fpr[0], 0x7FF0000000000000ULL);
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_INX | FPC_F_OVF);
    h_free(&h);

    h_init(&h);
    h.cpu.fpc = FPC_F_INX;
    h.cpu.fpr[0] = D(0x1p-600);
    h.cpu.fpr[2] = D(0x1p-600);
    run(&h, "B31C0002", 1); /* underflow to zero */
    ck_assert_uint_eq(h.cpu.fpr[0], 0);
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_INX | FPC_F_UNF);
    h_free(&h);

    h_init(&h);
    h.cpu.fpc = FPC_F_INX | FPC_M_UNF;
    h.cpu.fpr[0] = D(DBL_MIN);
    h.cpu.fpr[2] = D(0.5);
    run(&h, "B31C0002", 1); /* exact tiny with the underflow trap on */
    expect_data(&h, 0x10, H_CODE + 4);
    h_free(&h);

    h_init(&h);
    h.cpu.fpc = FPC_F_INX;
    h.cpu.fpr[0] = 0x7FF0000000000000ULL;
    h.cpu.fpr[2] = 0;
    run(&h, "B31C0002", 1); /* inf * 0 */
    ck_assert_uint_eq(h.cpu.fpr[0], 0x7FF8000000000000ULL);
    ck_assert_uint_eq(h.cpu.fpc, FPC_F_INX | FPC_F_INV);
    h_free(&h);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("bfp_arith");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, add_subtract_long_and_cc);
    tcase_add_test(tc, short_ops_keep_right_half);
    tcase_add_test(tc, storage_forms);
    tcase_add_test(tc, divide_by_zero);
    tcase_add_test(tc, nan_operands);
    tcase_add_test(tc, invalid_gives_default_nan);
    tcase_add_test(tc, extended_arithmetic);
    tcase_add_test(tc, extended_invalid_pair);
    tcase_add_test(tc, multiply_and_add_is_fused);
    tcase_add_test(tc, lengthening_multiply);
    tcase_add_test(tc, overflow);
    tcase_add_test(tc, underflow);
    tcase_add_test(tc, inexact_trap_completes);
    tcase_add_test(tc, rounding_modes_follow_the_fpc);
    tcase_add_test(tc, scaled_results_of_other_formats);
    tcase_add_test(tc, multiply_and_add_nan_precedence);
    tcase_add_test(tc, square_roots);
    tcase_add_test(tc, exceptions_with_inexact_flag_already_set);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
