/* COMPARE UNTIL SUBSTRING EQUAL.  Expected results by hand from the PoP's description. */
#include <string.h>

#include "harness.h"

#define S1 0x10000
#define S2 0x11000

static void setup(struct harness *h, const char *a, const char *b, unsigned sub)
{
    memcpy(h->mem.bytes + S1, a, strlen(a));
    memcpy(h->mem.bytes + S2, b, strlen(b));
    h->cpu.gr[0] = sub, h->cpu.gr[1] = '@';
    h->cpu.gr[2] = S1, h->cpu.gr[3] = strlen(a), h->cpu.gr[4] = S2, h->cpu.gr[5] = strlen(b);
    h_code(h, H_CODE, "B2570024"); /* CUSE 2,4 */
    h_run_n(h, 1);
}

START_TEST(found_short_run_and_unequal_end)
{
    struct harness h;
    h_init(&h);
    setup(&h, "abXdefghij", "abYdefZhij", 3); /* "def" at offset 3 */
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_uint_eq(h.cpu.gr[2], S1 + 3);
    ck_assert_uint_eq(h.cpu.gr[3], 7);
    ck_assert_uint_eq(h.cpu.gr[4], S2 + 3);
    h_free(&h);

    h_init(&h);
    setup(&h, "xhij", "yhij", 4); /* the run "hij" is too short: CC 1 at its start */
    ck_assert_uint_eq(h.cpu.cc, 1);
    ck_assert_uint_eq(h.cpu.gr[2], S1 + 1);
    ck_assert_uint_eq(h.cpu.gr[5], 3);
    h_free(&h);

    h_init(&h);
    setup(&h, "ab", "ba@", 2); /* padded "ab@" vs "ba@": ends on a run of 1: CC 1 */
    ck_assert_uint_eq(h.cpu.cc, 1);
    ck_assert_uint_eq(h.cpu.gr[2], S1 + 2);
    ck_assert_uint_eq(h.cpu.gr[3], 0);
    ck_assert_uint_eq(h.cpu.gr[4], S2 + 2);
    ck_assert_uint_eq(h.cpu.gr[5], 1);
    h_free(&h);

    h_init(&h);
    setup(&h, "ab", "cd", 1); /* no equal byte: CC 2, registers at the ends */
    ck_assert_uint_eq(h.cpu.cc, 2);
    ck_assert_uint_eq(h.cpu.gr[2], S1 + 2);
    ck_assert_uint_eq(h.cpu.gr[5], 0);
    h_free(&h);
}
END_TEST

START_TEST(zero_substring_and_empty_operands)
{
    struct harness h;
    h_init(&h);
    setup(&h, "ab", "cd", 0);
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_uint_eq(h.cpu.gr[2], S1);
    h_free(&h);

    h_init(&h);
    setup(&h, "", "", 1);
    ck_assert_uint_eq(h.cpu.cc, 2);
    h_free(&h);

    h_init(&h);
    h_code(&h, H_CODE, "B2570034"); /* odd R1 */
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    h_free(&h);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("cuse");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, found_short_run_and_unequal_end);
    tcase_add_test(tc, zero_substring_and_empty_operands);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
