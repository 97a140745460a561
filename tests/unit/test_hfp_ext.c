/* Extended HFP.  Expected values by hand: the low register carries digits 15-28 behind the
 * result's sign and its characteristic minus 14 (X'41' - 14 = X'33'). */
#include "harness.h"

static void run1(struct harness *h, const char *hex)
{
    h_code(h, H_CODE, hex);
    h->cpu.psw.ia = H_CODE;
    h_run_n(h, 1);
}

static void set_x(struct harness *h, unsigned r, uint64_t hi, uint64_t lo)
{
    h->cpu.fpr[r] = hi, h->cpu.fpr[r + 2] = lo;
}

START_TEST(add_divide_multiply)
{
    struct harness h;
    h_init(&h);
    set_x(&h, 0, 0x4110000000000000ULL, 0x3300000000000000ULL); /* 1.0 */
    set_x(&h, 1, 0x4130000000000000ULL, 0x3300000000000000ULL); /* 3.0 */
    set_x(&h, 4, 0x4110000000000000ULL, 0x3300000000000000ULL);
    run1(&h, "3641"); /* AXR 4,1: 4.0 */
    ck_assert_uint_eq(h.cpu.fpr[4], 0x4140000000000000ULL);
    ck_assert_uint_eq(h.cpu.fpr[6], 0x3300000000000000ULL);
    ck_assert_uint_eq(h.cpu.cc, 2);
    set_x(&h, 4, 0x4110000000000000ULL, 0x3300000000000000ULL);
    run1(&h, "B22D0041"); /* DXR 4,1: 1/3 = 0.555...(28 digits) x 16^0 */
    ck_assert_uint_eq(h.cpu.fpr[4], 0x4055555555555555ULL);
    ck_assert_uint_eq(h.cpu.fpr[6], 0x3255555555555555ULL);
    run1(&h, "2641"); /* MXR 4,1: 0.55..5 x 0.3 = 0.0FF..F -> 0.FF..F(28) x 16^0 */
    ck_assert_uint_eq(h.cpu.fpr[4], 0x40FFFFFFFFFFFFFFULL);
    ck_assert_uint_eq(h.cpu.fpr[6], 0x32FFFFFFFFFFFFFFULL);
    run1(&h, "B3690001"); /* CXR 0,1: 1 < 3 */
    ck_assert_uint_eq(h.cpu.cc, 1);
    run1(&h, "25C4"); /* LDXR 12,4: rounds up: 0.1 x 16^1 */
    ck_assert_uint_eq(h.cpu.fpr[12], 0x4110000000000000ULL);
    h_free(&h);
}
END_TEST

START_TEST(long_product_and_lengthen)
{
    struct harness h;
    h_init(&h);
    h.cpu.fpr[8] = 0x4080000000000000ULL; /* 0.5 */
    h.cpu.fpr[5] = 0x4080000000000000ULL;
    run1(&h, "2785"); /* MXDR 8,5: 0.25 = 0.4 x 16^0 */
    ck_assert_uint_eq(h.cpu.fpr[8], 0x4040000000000000ULL);
    ck_assert_uint_eq(h.cpu.fpr[10], 0x3200000000000000ULL);
    h.cpu.fpr[7] = 0xC2123456789ABCDEULL;
    run1(&h, "B3250007"); /* LXDR 0,7 */
    ck_assert_uint_eq(h.cpu.fpr[0], 0xC2123456789ABCDEULL);
    ck_assert_uint_eq(h.cpu.fpr[2], 0xB400000000000000ULL);
    h_free(&h);
}
END_TEST

START_TEST(invalid_pair_is_specification)
{
    struct harness h;
    h_init(&h);
    h_code(&h, H_CODE, "3621"); /* AXR 2,1 */
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    h_free(&h);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("hfp_ext");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, add_divide_multiply);
    tcase_add_test(tc, long_product_and_lengthen);
    tcase_add_test(tc, invalid_pair_is_specification);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
