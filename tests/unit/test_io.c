/* Channel-subsystem instructions with no devices (PoP chapter 14): CC 3 for a subchannel
 * that is not operational, operand exception for a bad subsystem id, TPI CC 0 without a
 * store, STCRW zeros with CC 1; privileged. */
#include "harness.h"

#define A 0x10000

START_TEST(valid_ssid_not_operational)
{
    static const char *const code[] = {"B2345000", "B2335000", "B2355000", "B2305000",
                                       "B2315000", "B2385000", "B2765000", "B2325000"};
    for (int i = 0; i < 8; i++) {
        struct harness h;
        h_init(&h);
        h.cpu.gr[1] = 0x0001ABCD;
        h.cpu.gr[5] = A;
        h_st64(&h, A, 0x5555555555555555ULL);
        h_code(&h, H_CODE, code[i]);
        h_run_n(&h, 1);
        ck_assert_uint_eq(h.cpu.cc, 3);
        ck_assert_uint_eq(h_ld64(&h, A), 0x5555555555555555ULL); /* nothing stored */
        h_free(&h);
    }
}
END_TEST

START_TEST(invalid_ssid_is_operand)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[1] = 0x0000ABCD; /* bit 47 zero */
    h.cpu.gr[5] = A;
    h_code(&h, H_CODE, "B2345000");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_OPERAND);
    h_free(&h);
}
END_TEST

START_TEST(tpi_and_stcrw)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[5] = A;
    h_st64(&h, A, 0x5555555555555555ULL);
    h_code(&h, H_CODE, "B2365000");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_uint_eq(h_ld64(&h, A), 0x5555555555555555ULL);
    h_code(&h, H_CODE + 4, "B2395000");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 1);
    ck_assert_uint_eq(h_ld64(&h, A), 0x0000000055555555ULL);
    h_free(&h);

    h_init(&h);
    h.cpu.gr[5] = A + 2;
    h_code(&h, H_CODE, "B2395000");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    h_free(&h);
}
END_TEST

START_TEST(privileged)
{
    struct harness h;
    h_init(&h);
    h.cpu.psw.mask |= PSW_PROBLEM;
    h.cpu.gr[1] = 0x00010000;
    h_code(&h, H_CODE, "B2345000");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_PRIVILEGED);
    h_free(&h);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("io");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, valid_ssid_not_operational);
    tcase_add_test(tc, invalid_ssid_is_operand);
    tcase_add_test(tc, tpi_and_stcrw);
    tcase_add_test(tc, privileged);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
