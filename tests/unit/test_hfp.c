/* Hexadecimal floating point, short and long.  Expected values worked out by hand from the
 * PoP's definitions (excess-64 base-16 characteristic, truncated fractions, one guard digit
 * in add/subtract); the comments show the arithmetic. */
#include "harness.h"

#define ONE 0x4110000000000000ULL   /* 0.1 x 16^1 = 1.0 */
#define THREE 0x4130000000000000ULL /* 0.3 x 16^1 = 3.0 */

static void run1(struct harness *h, const char *hex)
{
    h_code(h, H_CODE, hex);
    h->cpu.psw.ia = H_CODE;
    h_run_n(h, 1);
}

START_TEST(long_arithmetic)
{
    struct harness h;
    h_init(&h);
    h.cpu.fpr[0] = ONE, h.cpu.fpr[1] = THREE;
    run1(&h, "2A01"); /* ADR 0,1: 4.0 */
    ck_assert_uint_eq(h.cpu.fpr[0], 0x4140000000000000ULL);
    ck_assert_uint_eq(h.cpu.cc, 2);
    h.cpu.fpr[0] = ONE;
    run1(&h, "2B01"); /* SDR 0,1: -2.0 */
    ck_assert_uint_eq(h.cpu.fpr[0], 0xC120000000000000ULL);
    ck_assert_uint_eq(h.cpu.cc, 1);
    h.cpu.fpr[0] = ONE;
    run1(&h, "2D01"); /* DDR 0,1: 1/3 = 0.555...(16) x 16^0, truncated */
    ck_assert_uint_eq(h.cpu.fpr[0], 0x4055555555555555ULL);
    run1(&h, "2C01"); /* MDR 0,1: 0.55..5 x 0.3 = 0.0FF..F(0): normalized 0.FF..F x 16^0 */
    ck_assert_uint_eq(h.cpu.fpr[0], 0x40FFFFFFFFFFFFFFULL);
    run1(&h, "2421"); /* HDR 2,1: 1.5 = 0.18 x 16^1 */
    ck_assert_uint_eq(h.cpu.fpr[2], 0x4118000000000000ULL);
    h.cpu.fpr[3] = 0x4210000000000000ULL; /* 16.0 */
    run1(&h, "2931"); /* CDR 3,1: 16 > 3 */
    ck_assert_uint_eq(h.cpu.cc, 2);
    h_free(&h);
}
END_TEST

START_TEST(short_guard_digit_and_register_halves)
{
    struct harness h;
    h_init(&h);
    h.cpu.fpr[2] = 0x41100000DEADBEEFULL;
    h.cpu.fpr[1] = 0x3E11111100000000ULL;
    /* SER 2,1: 0.1000000 - 0.0001111|11 (one guard digit kept) = 0.0FFEEEF -> 0.FFEEEF x 16^0;
     * the exact difference would truncate to 0.FFEEEE.  Bits 32-63 unchanged. */
    run1(&h, "3B21");
    ck_assert_uint_eq(h.cpu.fpr[2], 0x40FFEEEFDEADBEEFULL);
    ck_assert_uint_eq(h.cpu.cc, 2);
    h.cpu.fpr[4] = 0x41300000FFFFFFFFULL;
    run1(&h, "3C44"); /* MDER 4,4: 3 x 3 = 9 = 0.9 x 16^1, long result */
    ck_assert_uint_eq(h.cpu.fpr[4], 0x4190000000000000ULL);
    h.cpu.fpr[5] = 0x40FFFFFFF8000000ULL;
    run1(&h, "3565"); /* LEDR 6,5: rounds up, carry: 0.1 x 16^1 */
    ck_assert_uint_eq(h.cpu.fpr[6] >> 32, 0x41100000);
    h.cpu.fpr[7] = 0x8012345600000000ULL;
    run1(&h, "3277"); /* LTER 7,7 of a nonzero negative */
    ck_assert_uint_eq(h.cpu.cc, 1);
    h.cpu.fpr[7] = 0x8000000000000000ULL;
    run1(&h, "2277"); /* LTDR of a negative zero fraction: CC 0 */
    ck_assert_uint_eq(h.cpu.cc, 0);
    run1(&h, "2387"); /* LCDR 8,7: sign inverted even for zero */
    ck_assert_uint_eq(h.cpu.fpr[8], 0);
    h_free(&h);
}
END_TEST

START_TEST(exponent_overflow_always_interrupts)
{
    struct harness h;
    h_init(&h);
    h.cpu.fpr[0] = 0x7F80000000000000ULL;
    h_code(&h, H_CODE, "2A00"); /* ADR 0,0: 0.8+0.8 = 1.0 -> 0.1 x 16^(63+1) */
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_HFP_EXP_OVERFLOW);
    ck_assert_uint_eq(h.cpu.fpr[0], 0x0010000000000000ULL); /* characteristic 128 - 128 */
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE + 2);
    h_free(&h);
}
END_TEST

START_TEST(exponent_underflow_by_mask)
{
    struct harness h;
    h_init(&h);
    h.cpu.fpr[1] = 0x0110000000000000ULL; /* 0.1 x 16^-63 */
    h_code(&h, H_CODE, "2C11");           /* MDR: 0.01 x 16^-126 = 0.1 x 16^-127 */
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), 0);
    ck_assert_uint_eq(h.cpu.fpr[1], 0); /* mask off: true zero */
    h_free(&h);

    h_init(&h);
    h.cpu.psw.mask |= PSW_PM_EXPUND;
    h.cpu.fpr[1] = 0x0110000000000000ULL;
    h_code(&h, H_CODE, "2C11");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_HFP_EXP_UNDERFLOW);
    ck_assert_uint_eq(h.cpu.fpr[1], 0x4110000000000000ULL); /* -63 + 128 = 65 */
    h_free(&h);
}
END_TEST

START_TEST(significance_by_mask)
{
    struct harness h;
    h_init(&h);
    h.cpu.fpr[2] = 0x4520000000000000ULL;
    run1(&h, "2B22"); /* SDR 2,2: zero fraction, mask off: true zero, CC 0 */
    ck_assert_uint_eq(h.cpu.fpr[2], 0);
    ck_assert_uint_eq(h.cpu.cc, 0);
    h_free(&h);

    h_init(&h);
    h.cpu.psw.mask |= PSW_PM_SIGNIF;
    h.cpu.fpr[2] = 0x4520000000000000ULL;
    h_code(&h, H_CODE, "2B22");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_HFP_SIGNIFICANCE);
    ck_assert_uint_eq(h.cpu.fpr[2], 0x4500000000000000ULL);
    h_free(&h);
}
END_TEST

START_TEST(divide_by_zero_fraction)
{
    struct harness h;
    h_init(&h);
    h.cpu.fpr[3] = THREE;
    h.cpu.fpr[4] = 0x4300000000000000ULL;
    h_code(&h, H_CODE, "2D34");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_HFP_DIVIDE);
    ck_assert_uint_eq(h.cpu.fpr[3], THREE);
    h_free(&h);
}
END_TEST

START_TEST(afp_register_without_afp_control)
{
    struct harness h;
    h_init(&h);
    h.cpu.cr[0] &= ~(1ULL << (63 - 45));
    h_code(&h, H_CODE, "2A13"); /* ADR 1,3: FPR 1 needs AFP-register control */
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_DATA);
    h_free(&h);
}
END_TEST

START_TEST(square_root_integer_and_from_fixed)
{
    struct harness h;
    h_init(&h);
    h.cpu.fpr[1] = 0x4140000000000000ULL; /* 4.0 = 0.4 x 16^1: odd exponent */
    run1(&h, "B2440001");                 /* SQDR 0,1: 0.2 x 16^1 */
    ck_assert_uint_eq(h.cpu.fpr[0], 0x4120000000000000ULL);
    h.cpu.fpr[1] = 0x4010000000000000ULL; /* 1/16: even exponent, sqrt 1/4 = 0.4 x 16^0 */
    run1(&h, "B2440001");
    ck_assert_uint_eq(h.cpu.fpr[0], 0x4040000000000000ULL);
    h.cpu.fpr[2] = 0xC128000000000000ULL; /* -2.5 */
    run1(&h, "B37F0032");                 /* FIDR 3,2: -2.0 */
    ck_assert_uint_eq(h.cpu.fpr[3], 0xC120000000000000ULL);
    h.cpu.gr[4] = (uint64_t)-255;
    run1(&h, "B3B50054"); /* CDFR 5,4: -X'FF' = -0.FF x 16^2 */
    ck_assert_uint_eq(h.cpu.fpr[5], 0xC2FF000000000000ULL);
    h_free(&h);

    h_init(&h);
    h.cpu.fpr[1] = 0xC120000000000000ULL;
    h_code(&h, H_CODE, "B2440001");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_HFP_SQRT);
    h_free(&h);
}
END_TEST

START_TEST(convert_to_fixed_rounding)
{
    struct harness h;
    h_init(&h);
    h.cpu.fpr[0] = 0x4128000000000000ULL; /* 2.5 */
    h.cpu.fpr[1] = 0xC138000000000000ULL; /* -3.5 */
    run1(&h, "B3B91010");                 /* CFDR 1,1,0: ties away: 3 */
    ck_assert_uint_eq((uint32_t)h.cpu.gr[1], 3);
    ck_assert_uint_eq(h.cpu.cc, 2);
    run1(&h, "B3B94010"); /* ties to even: 2 */
    ck_assert_uint_eq((uint32_t)h.cpu.gr[1], 2);
    run1(&h, "B3C95021"); /* CGDR 2,5,1: toward zero: -3 */
    ck_assert_uint_eq(h.cpu.gr[2], (uint64_t)-3);
    ck_assert_uint_eq(h.cpu.cc, 1);
    run1(&h, "B3C97021"); /* toward -infinity: -4 */
    ck_assert_uint_eq(h.cpu.gr[2], (uint64_t)-4);
    h.cpu.fpr[3] = 0x4A10000000000000ULL; /* 16^9 = 2^36: too large for 32 bits */
    run1(&h, "B3B95043");
    ck_assert_uint_eq(h.cpu.cc, 3);
    ck_assert_uint_eq((uint32_t)h.cpu.gr[4], 0x7FFFFFFF);
    h_free(&h);

    h_init(&h);
    h_code(&h, H_CODE, "B3B92010"); /* M3 2 is not a rounding method */
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    h_free(&h);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("hfp");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, long_arithmetic);
    tcase_add_test(tc, short_guard_digit_and_register_halves);
    tcase_add_test(tc, exponent_overflow_always_interrupts);
    tcase_add_test(tc, exponent_underflow_by_mask);
    tcase_add_test(tc, significance_by_mask);
    tcase_add_test(tc, divide_by_zero_fraction);
    tcase_add_test(tc, afp_register_without_afp_control);
    tcase_add_test(tc, square_root_integer_and_from_fixed);
    tcase_add_test(tc, convert_to_fixed_rounding);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
