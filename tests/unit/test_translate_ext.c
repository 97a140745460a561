/* TROO/TROT/TRTO/TRTT.  Expected values by hand from the PoP: arguments of 1 or 2 bytes
 * index a table at GR1 (low three bits ignored) of 1- or 2-byte function values; the test
 * character in GR0 stops the instruction with CC 1 unless M3 bit 3 is one. */
#include "harness.h"

#define TAB 0x20000
#define SRC 0x10000
#define DST 0x11000

static void run1(struct harness *h, const char *hex)
{
    h_code(h, H_CODE, hex);
    h->cpu.psw.ia = H_CODE;
    h_run_n(h, 1);
}

START_TEST(troo_stops_at_test_character)
{
    struct harness h;
    h_init(&h);
    for (int i = 0; i < 256; i++)
        h.mem.bytes[TAB + i] = (uint8_t)(255 - i);
    h_bytes(&h, SRC, "000102FF");
    h.cpu.gr[1] = TAB + 7; /* low bits ignored */
    h.cpu.gr[0] = 0x00;    /* X'FF' maps to X'00' */
    h.cpu.gr[2] = DST, h.cpu.gr[3] = 4, h.cpu.gr[4] = SRC;
    run1(&h, "B9930024"); /* TROO 2,4 */
    ck_assert_uint_eq(h.cpu.cc, 1);
    ck_assert_uint_eq(h_ld32(&h, DST), 0xFFFEFD00);
    ck_assert_uint_eq(h.cpu.gr[2], DST + 3);
    ck_assert_uint_eq(h.cpu.gr[3], 1);
    ck_assert_uint_eq(h.cpu.gr[4], SRC + 3);
    run1(&h, "B9931024"); /* TROO 2,4,1: no test */
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_uint_eq(h_ld32(&h, DST), 0xFFFEFD00);
    ck_assert_uint_eq(h.cpu.gr[3], 0);
    h_free(&h);
}
END_TEST

START_TEST(two_byte_forms)
{
    struct harness h;
    h_init(&h);
    h_bytes(&h, TAB + 2 * 0x0102, "ABCD");  /* TRTT entry for X'0102' */
    h_bytes(&h, TAB + 0x0102, "77");         /* TRTO entry for X'0102' */
    h_bytes(&h, SRC, "0102");
    h.cpu.gr[1] = TAB;
    h.cpu.gr[0] = 0xFFFF;
    h.cpu.gr[2] = DST, h.cpu.gr[3] = 2, h.cpu.gr[4] = SRC;
    run1(&h, "B9900024"); /* TRTT */
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_uint_eq(h_ld32(&h, DST) >> 16, 0xABCD);
    h.cpu.gr[2] = DST + 8, h.cpu.gr[3] = 2, h.cpu.gr[4] = SRC;
    run1(&h, "B9910024"); /* TRTO */
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_uint_eq(h.mem.bytes[DST + 8], 0x77);
    ck_assert_uint_eq(h.cpu.gr[2], DST + 9);
    h_free(&h);
}
END_TEST

START_TEST(specification_cases)
{
    static const char *const code[] = {"B9930034", "B9900024"};
    for (int i = 0; i < 2; i++) {
        struct harness h;
        h_init(&h);
        h.cpu.gr[3] = 3; /* an odd length is invalid for two-byte arguments */
        h_code(&h, H_CODE, code[i]);
        h_run(&h);
        ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
        h_free(&h);
    }
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("translate_ext");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, troo_stops_at_test_character);
    tcase_add_test(tc, two_byte_forms);
    tcase_add_test(tc, specification_cases);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
