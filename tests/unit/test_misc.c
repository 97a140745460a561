/* INSERT PROGRAM MASK, SET PROGRAM MASK and TRAP without the trap facility set up.
 * Expected values from the PoP: IPM puts 00 cc(2) mask(4) in R1 bits 32-39; SPM takes them
 * from bits 34-39; TRAP is a special-operation exception with DAT off. */
#include "harness.h"

START_TEST(ipm_inserts_cc_and_mask)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[1] = 0x0123456789ABCDEFULL;
    h.cpu.cc = 2;
    h.cpu.psw.mask |= PSW_PM_FIXOVF | PSW_PM_SIGNIF; /* mask 1001 */
    h_code(&h, H_CODE, "B2220010"); /* IPM 1 */
    h_run_n(&h, 1);
    /* bits 32-39 = 00 10 1001 = X'29'; everything else unchanged */
    ck_assert_uint_eq(h.cpu.gr[1], 0x0123456729ABCDEFULL);
    h_free(&h);
}
END_TEST

START_TEST(spm_sets_cc_and_mask_ignoring_bits_32_33)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[2] = 0xFFFFFFFFD6000000ULL; /* bits 32-39 = 11 01 0110: cc 1, mask 0110 */
    h_code(&h, H_CODE, "0420"); /* SPM 2 */
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 1);
    ck_assert_uint_eq(h.cpu.psw.mask & PSW_PM_MASK, PSW_PM_DECOVF | PSW_PM_EXPUND);
    ck_assert_uint_eq(h.cpu.gr[2], 0xFFFFFFFFD6000000ULL);
    h_free(&h);
}
END_TEST

START_TEST(spm_then_ipm_round_trip_in_problem_state)
{
    struct harness h;
    h_init(&h);
    h.cpu.psw.mask |= PSW_PROBLEM; /* neither is privileged */
    h.cpu.gr[2] = 0x3F000000;      /* cc 3, mask 1111 */
    h.cpu.gr[3] = 0xFFFFFFFFFFFFFFFFULL;
    h_code(&h, H_CODE, "0420 B2220030");
    h_run_n(&h, 2);
    ck_assert_uint_eq(h.cpu.gr[3], 0xFFFFFFFF3FFFFFFFULL);
    h_free(&h);
}
END_TEST

START_TEST(trap_with_dat_off_is_special_operation)
{
    static const char *const code[] = {"01FF", "B2FF1000"};
    static const unsigned len[] = {2, 4};
    for (int i = 0; i < 2; i++) {
        struct harness h;
        h_init(&h);
        h_code(&h, H_CODE, code[i]);
        h_run(&h);
        ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIAL_OPERATION);
        ck_assert_uint_eq(h_ld32(&h, LC_PGM_ILC) >> 16, len[i]);
        /* suppression: the old PSW points past the instruction */
        ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE + len[i]);
        h_free(&h);
    }
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("misc");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, ipm_inserts_cc_and_mask);
    tcase_add_test(tc, spm_sets_cc_and_mask_ignoring_bits_32_33);
    tcase_add_test(tc, spm_then_ipm_round_trip_in_problem_state);
    tcase_add_test(tc, trap_with_dat_off_is_special_operation);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
