/* High-word facility.  Expected values by hand from the PoP: the high word (bits 0-31) is the
 * operand, bits 32-63 of R1 never change; CC as for the 32-bit add/compare counterparts. */
#include "harness.h"

#define A 0x10000

static void run1(struct harness *h, const char *hex)
{
    h_code(h, H_CODE, hex);
    h->cpu.psw.ia = H_CODE;
    h_run_n(h, 1);
}

START_TEST(ahhhr_and_ahhlr)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[1] = 0xAAAAAAAA55555555ULL;
    h.cpu.gr[2] = 0x0000000700000009ULL;
    h.cpu.gr[3] = 0xFFFFFFFE00000005ULL;
    run1(&h, "B9C83012"); /* AHHHR 1,2,3: 7 + (-2) = 5 */
    ck_assert_uint_eq(h.cpu.gr[1], 0x0000000555555555ULL);
    ck_assert_uint_eq(h.cpu.cc, 2);
    h_free(&h);

    h_init(&h);
    h.cpu.gr[1] = 0x1111111122222222ULL;
    h.cpu.gr[2] = 0x7FFFFFFF00000000ULL;
    h.cpu.gr[3] = 0x0000000000000001ULL;
    run1(&h, "B9D83012"); /* AHHLR 1,2,3: X'7FFFFFFF' + 1 overflows */
    ck_assert_uint_eq(h.cpu.gr[1], 0x8000000022222222ULL);
    ck_assert_uint_eq(h.cpu.cc, 3);
    h_free(&h);
}
END_TEST

START_TEST(aih_overflow_interrupts_when_masked)
{
    struct harness h;
    h_init(&h);
    h.cpu.psw.mask |= PSW_PM_FIXOVF;
    h.cpu.gr[1] = 0x7FFFFFF012345678ULL;
    h_code(&h, H_CODE, "CC1800000010"); /* AIH 1,16 */
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_FIXED_OVERFLOW);
    ck_assert_uint_eq(h.cpu.gr[1], 0x8000000012345678ULL); /* completed */
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE + 6);
    h_free(&h);
}
END_TEST

START_TEST(logical_high_carry_and_borrow)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[2] = 0xFFFFFFFF00000000ULL;
    h.cpu.gr[3] = 0x0000000100000000ULL;
    run1(&h, "B9CA3012"); /* ALHHHR 1,2,3: zero with carry -> CC 2 */
    ck_assert_uint_eq(h.cpu.gr[1] >> 32, 0);
    ck_assert_uint_eq(h.cpu.cc, 2);
    h_free(&h);

    h_init(&h);
    h.cpu.gr[2] = 0x0000000100000000ULL;
    h.cpu.gr[3] = 0x0000000000000002ULL;
    run1(&h, "B9DB3012"); /* SLHHLR 1,2,3: 1 - 2 borrows -> X'FFFFFFFF', CC 1 */
    ck_assert_uint_eq(h.cpu.gr[1] >> 32, 0xFFFFFFFF);
    ck_assert_uint_eq(h.cpu.cc, 1);
    h_free(&h);

    h_init(&h);
    h.cpu.gr[4] = 0x0000000500000000ULL;
    run1(&h, "CC4AFFFFFFFB"); /* ALSIH 4,-5: 5 - 5 = 0, no borrow -> CC 2 */
    ck_assert_uint_eq(h.cpu.gr[4], 0);
    ck_assert_uint_eq(h.cpu.cc, 2);
    h_free(&h);

    h_init(&h);
    h.cpu.cc = 1;
    h.cpu.gr[4] = 0xFFFFFFFF00000000ULL;
    run1(&h, "CC4B00000001"); /* ALSIHN 4,1: wraps, CC unchanged */
    ck_assert_uint_eq(h.cpu.gr[4], 0);
    ck_assert_uint_eq(h.cpu.cc, 1);
    h_free(&h);
}
END_TEST

START_TEST(compares)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[1] = 0xFFFFFFFF00000000ULL; /* high -1 */
    h.cpu.gr[2] = 0x0000000100000005ULL;
    h_st32(&h, A, 0xFFFFFFFE);
    h.cpu.gr[5] = A;
    run1(&h, "B9CD0012"); /* CHHR 1,2: -1 < 1 */
    ck_assert_uint_eq(h.cpu.cc, 1);
    run1(&h, "B9CF0012"); /* CLHHR 1,2: X'FFFFFFFF' > 1 */
    ck_assert_uint_eq(h.cpu.cc, 2);
    run1(&h, "B9DD0021"); /* CHLR 2,1: 1 > 0 */
    ck_assert_uint_eq(h.cpu.cc, 2);
    run1(&h, "B9DF0012"); /* CLHLR 1,2: X'FFFFFFFF' > 5 */
    ck_assert_uint_eq(h.cpu.cc, 2);
    h_free(&h);
}
END_TEST

START_TEST(compare_storage_and_immediate)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[1] = 0xFFFFFFFF00000000ULL;
    h_st32(&h, A, 0xFFFFFFFE);
    h.cpu.gr[5] = A;
    run1(&h, "E3105000 00CD"); /* CHF 1,0(5): -1 > -2 */
    ck_assert_uint_eq(h.cpu.cc, 2);
    run1(&h, "E3105000 00CF"); /* CLHF 1,0(5): X'FFFFFFFF' > X'FFFFFFFE' */
    ck_assert_uint_eq(h.cpu.cc, 2);
    run1(&h, "CC1DFFFFFFFF"); /* CIH 1,-1: equal */
    ck_assert_uint_eq(h.cpu.cc, 0);
    run1(&h, "CC1F00000001"); /* CLIH 1,1: high */
    ck_assert_uint_eq(h.cpu.cc, 2);
    h_free(&h);
}
END_TEST

START_TEST(loads_and_stores)
{
    struct harness h;
    h_init(&h);
    h_st32(&h, A, 0x80FF7F01);
    h.cpu.gr[5] = A;
    h.cpu.gr[1] = 0x1234567899999999ULL;
    run1(&h, "E3105000 00C0"); /* LBH 1,0(5): X'80' -> X'FFFFFF80' */
    ck_assert_uint_eq(h.cpu.gr[1], 0xFFFFFF8099999999ULL);
    run1(&h, "E3105001 00C2"); /* LLCH 1,1(5): X'FF' */
    ck_assert_uint_eq(h.cpu.gr[1], 0x000000FF99999999ULL);
    run1(&h, "E3105000 00C4"); /* LHH 1,0(5): X'80FF' -> X'FFFF80FF' */
    ck_assert_uint_eq(h.cpu.gr[1], 0xFFFF80FF99999999ULL);
    run1(&h, "E3105002 00C6"); /* LLHH 1,2(5): X'7F01' */
    ck_assert_uint_eq(h.cpu.gr[1], 0x00007F0199999999ULL);
    run1(&h, "E3105000 00CA"); /* LFH 1,0(5) */
    ck_assert_uint_eq(h.cpu.gr[1], 0x80FF7F0199999999ULL);
    h.cpu.gr[2] = 0xA1B2C3D4FFFFFFFFULL;
    run1(&h, "E3205008 00CB"); /* STFH 2,8(5) */
    run1(&h, "E320500C 00C7"); /* STHH 2,12(5) */
    run1(&h, "E320500E 00C3"); /* STCH 2,14(5) */
    ck_assert_uint_eq(h_ld64(&h, A + 8), 0xA1B2C3D4C3D4D400ULL);
    h_free(&h);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("highword");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, ahhhr_and_ahhlr);
    tcase_add_test(tc, aih_overflow_interrupts_when_masked);
    tcase_add_test(tc, logical_high_carry_and_borrow);
    tcase_add_test(tc, compares);
    tcase_add_test(tc, compare_storage_and_immediate);
    tcase_add_test(tc, loads_and_stores);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
