/* Interlocked-access facility 1 (LAA ... LAXG) and LPQ/STPQ.  Expected values by hand from
 * the PoP: R1 gets the old storage value, storage the result, CC as for AR/ALR/NR/OR/XR. */
#include "harness.h"

#define A 0x10000

static void run1(struct harness *h, const char *hex)
{
    h_code(h, H_CODE, hex);
    h->cpu.psw.ia = H_CODE;
    h_run_n(h, 1);
}

START_TEST(laa_family_word)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[5] = A;
    h_st32(&h, A, 0x7FFFFFFF);
    h.cpu.gr[2] = 0xDDDDDDDDDDDDDDDDULL;
    h.cpu.gr[3] = 1;
    run1(&h, "EB235000 00F8"); /* LAA 2,3,0(5): overflow, CC 3, mask off: no interruption */
    ck_assert_uint_eq(h.cpu.gr[2], 0xDDDDDDDD7FFFFFFFULL);
    ck_assert_uint_eq(h_ld32(&h, A), 0x80000000);
    ck_assert_uint_eq(h.cpu.cc, 3);
    h.cpu.gr[3] = 0x80000000;
    run1(&h, "EB235000 00FA"); /* LAAL: X'80000000' + X'80000000' = 0 carry -> CC 2 */
    ck_assert_uint_eq(h_ld32(&h, A), 0);
    ck_assert_uint_eq(h.cpu.cc, 2);
    h_st32(&h, A, 0x0FF0);
    h.cpu.gr[3] = 0x00FF;
    run1(&h, "EB235000 00F4"); /* LAN: X'00F0', CC 1 */
    ck_assert_uint_eq(h_ld32(&h, A), 0x00F0);
    ck_assert_uint_eq(h.cpu.cc, 1);
    run1(&h, "EB235000 00F6"); /* LAO: X'00FF' */
    ck_assert_uint_eq(h_ld32(&h, A), 0x00FF);
    run1(&h, "EB235000 00F7"); /* LAX: X'00FF' ^ X'00FF' = 0, CC 0 */
    ck_assert_uint_eq(h_ld32(&h, A), 0);
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_uint_eq(h.cpu.gr[2], 0xDDDDDDDD000000FFULL);
    h_free(&h);
}
END_TEST

START_TEST(laag_family_doubleword)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[5] = A;
    h_st64(&h, A, 5);
    h.cpu.gr[3] = (uint64_t)-7;
    run1(&h, "EB235000 00E8"); /* LAAG: 5 + -7 = -2, CC 1 */
    ck_assert_uint_eq(h.cpu.gr[2], 5);
    ck_assert_uint_eq(h_ld64(&h, A), (uint64_t)-2);
    ck_assert_uint_eq(h.cpu.cc, 1);
    h.cpu.gr[3] = 2;
    run1(&h, "EB235000 00EA"); /* LAALG: X'FF..FE' + 2 = 0 carry, CC 2 */
    ck_assert_uint_eq(h_ld64(&h, A), 0);
    ck_assert_uint_eq(h.cpu.cc, 2);
    h_st64(&h, A, 0xF0F0F0F0F0F0F0F0ULL);
    h.cpu.gr[3] = 0xFF00000000000000ULL;
    run1(&h, "EB235000 00E4"); /* LANG */
    ck_assert_uint_eq(h_ld64(&h, A), 0xF000000000000000ULL);
    run1(&h, "EB235000 00E6"); /* LAOG */
    ck_assert_uint_eq(h_ld64(&h, A), 0xFF00000000000000ULL);
    run1(&h, "EB235000 00E7"); /* LAXG */
    ck_assert_uint_eq(h_ld64(&h, A), 0);
    ck_assert_uint_eq(h.cpu.cc, 0);
    h_free(&h);
}
END_TEST

START_TEST(laa_overflow_with_mask_completes_then_interrupts)
{
    struct harness h;
    h_init(&h);
    h.cpu.psw.mask |= PSW_PM_FIXOVF;
    h.cpu.gr[5] = A;
    h_st64(&h, A, 0x8000000000000000ULL);
    h.cpu.gr[3] = (uint64_t)-1;
    h_code(&h, H_CODE, "EB235000 00E8");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_FIXED_OVERFLOW);
    ck_assert_uint_eq(h_ld64(&h, A), 0x7FFFFFFFFFFFFFFFULL);
    ck_assert_uint_eq(h.cpu.gr[2], 0x8000000000000000ULL);
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE + 6);
    h_free(&h);
}
END_TEST

START_TEST(misaligned_is_specification)
{
    static const char *const code[] = {"EB235002 00F8", "EB235004 00E8", "E3205008 008F", "E3205008 008E",
                                       "E3305000 008F"};
    for (int i = 0; i < 5; i++) {
        struct harness h;
        h_init(&h);
        h.cpu.gr[5] = A;
        h_st64(&h, A, 0x1111111111111111ULL);
        h_st64(&h, A + 8, 0x2222222222222222ULL);
        h.cpu.gr[2] = 0x99;
        h_code(&h, H_CODE, code[i]);
        h_run(&h);
        ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
        ck_assert_uint_eq(h.cpu.gr[2], 0x99);
        ck_assert_uint_eq(h_ld64(&h, A), 0x1111111111111111ULL);
        ck_assert_uint_eq(h_ld64(&h, A + 8), 0x2222222222222222ULL);
        h_free(&h);
    }
}
END_TEST

START_TEST(lpq_stpq)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[5] = A;
    h_st64(&h, A, 0x0011223344556677ULL);
    h_st64(&h, A + 8, 0x8899AABBCCDDEEFFULL);
    run1(&h, "E3205000 008F"); /* LPQ 2,0(5) */
    ck_assert_uint_eq(h.cpu.gr[2], 0x0011223344556677ULL);
    ck_assert_uint_eq(h.cpu.gr[3], 0x8899AABBCCDDEEFFULL);
    run1(&h, "E3205010 008E"); /* STPQ 2,16(5) */
    ck_assert_uint_eq(h_ld64(&h, A + 16), 0x0011223344556677ULL);
    ck_assert_uint_eq(h_ld64(&h, A + 24), 0x8899AABBCCDDEEFFULL);
    h_free(&h);
}
END_TEST

START_TEST(lpd_lpdg)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[5] = A;
    h_st64(&h, A, 0x0011223344556677ULL);
    h_st64(&h, A + 8, 0x8899AABBCCDDEEFFULL);
    /* LPD 6,0(5),12(5): words at A and A+12 into bits 32-63 of R6, R7 */
    h.cpu.gr[6] = 0xAAAAAAAAAAAAAAAAULL, h.cpu.gr[7] = 0xBBBBBBBBBBBBBBBBULL;
    run1(&h, "C8645000 500C");
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_uint_eq(h.cpu.gr[6], 0xAAAAAAAA00112233ULL);
    ck_assert_uint_eq(h.cpu.gr[7], 0xBBBBBBBBCCDDEEFFULL);
    run1(&h, "C8655008 5000"); /* LPDG 6,8(5),0(5) */
    ck_assert_uint_eq(h.cpu.gr[6], 0x8899AABBCCDDEEFFULL);
    ck_assert_uint_eq(h.cpu.gr[7], 0x0011223344556677ULL);
    h_free(&h);

    static const char *const bad[] = {"C8745000 5008", "C8645002 5008", "C8655004 5008"};
    for (int i = 0; i < 3; i++) {
        h_init(&h);
        h.cpu.gr[5] = A;
        h_code(&h, H_CODE, bad[i]);
        h_run(&h);
        ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
        h_free(&h);
    }
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("interlocked");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, laa_family_word);
    tcase_add_test(tc, laag_family_doubleword);
    tcase_add_test(tc, laa_overflow_with_mask_completes_then_interrupts);
    tcase_add_test(tc, misaligned_is_specification);
    tcase_add_test(tc, lpq_stpq);
    tcase_add_test(tc, lpd_lpdg);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
