/* CONVERT UTF-x TO UTF-y and TRANSLATE EXTENDED.  Expected encodings worked out by hand from
 * the Unicode definitions (U+1F600 = UTF-8 F0 9F 98 80 = UTF-16 D83D DE00). */
#include <string.h>

#include "harness.h"

#define SRC 0x10000
#define DST 0x11000

static void put(struct harness *h, uint64_t a, const void *b, size_t n)
{
    memcpy(h->mem.bytes + a, b, n);
}
static void regs(struct harness *h, uint64_t dlen, uint64_t slen)
{
    h->cpu.gr[2] = DST, h->cpu.gr[3] = dlen, h->cpu.gr[4] = SRC, h->cpu.gr[5] = slen;
}
static void run1(struct harness *h, const char *hex)
{
    h_code(h, H_CODE, hex);
    h->cpu.psw.ia = H_CODE;
    h_run_n(h, 1);
}

START_TEST(cu21_and_cu12_round_trip)
{
    static const uint8_t u16[] = {0x00, 0x41, 0x00, 0xE9, 0x20, 0xAC, 0xD8, 0x3D, 0xDE, 0x00};
    static const uint8_t u8[] = {0x41, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80};
    struct harness h;
    h_init(&h);
    put(&h, SRC, u16, sizeof u16);
    regs(&h, 32, sizeof u16);
    run1(&h, "B2A60024"); /* CU21 2,4 */
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_mem_eq(h.mem.bytes + DST, u8, sizeof u8);
    ck_assert_uint_eq(h.cpu.gr[2], DST + 10);
    ck_assert_uint_eq(h.cpu.gr[3], 22);
    ck_assert_uint_eq(h.cpu.gr[4], SRC + 10);
    ck_assert_uint_eq(h.cpu.gr[5], 0);
    h_free(&h);

    h_init(&h);
    put(&h, SRC, u8, sizeof u8);
    regs(&h, 32, sizeof u8);
    run1(&h, "B2A70024"); /* CU12 2,4 */
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_mem_eq(h.mem.bytes + DST, u16, sizeof u16);
    ck_assert_uint_eq(h.cpu.gr[3], 22);
    h_free(&h);
}
END_TEST

START_TEST(cc1_cc2_and_truncated_source)
{
    static const uint8_t u8[] = {0x41, 0xF0, 0x9F, 0x98, 0x80};
    struct harness h;
    h_init(&h);
    put(&h, SRC, u8, sizeof u8);
    regs(&h, 5, sizeof u8); /* room for 'A' (2) but not the pair (4) */
    run1(&h, "B2A70024");
    ck_assert_uint_eq(h.cpu.cc, 1);
    ck_assert_uint_eq(h.cpu.gr[3], 3);
    ck_assert_uint_eq(h.cpu.gr[4], SRC + 1);
    h_free(&h);

    h_init(&h);
    put(&h, SRC, u8, sizeof u8);
    regs(&h, 16, 4); /* the four-byte form is cut short: CC 0, stops before it */
    run1(&h, "B2A70024");
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_uint_eq(h.cpu.gr[5], 3);
    h_free(&h);

    static const uint8_t bad[] = {0x61, 0xBF};
    h_init(&h);
    put(&h, SRC, bad, sizeof bad);
    regs(&h, 16, 2);
    run1(&h, "B2A70024"); /* a continuation byte first: invalid */
    ck_assert_uint_eq(h.cpu.cc, 2);
    ck_assert_uint_eq(h.cpu.gr[4], SRC + 1);
    h_free(&h);

    static const uint8_t lone[] = {0xD8, 0x00, 0x00, 0x41};
    h_init(&h);
    put(&h, SRC, lone, sizeof lone);
    regs(&h, 16, 4);
    run1(&h, "B2A61024"); /* CU21 2,4,1: W: high surrogate without a low one */
    ck_assert_uint_eq(h.cpu.cc, 2);
    ck_assert_uint_eq(h.cpu.gr[4], SRC);
    h_free(&h);
}
END_TEST

START_TEST(utf32_forms)
{
    static const uint8_t u32[] = {0, 0, 0, 0x41, 0, 0, 0, 0xE9, 0, 1, 0xF6, 0x00};
    static const uint8_t u8[] = {0x41, 0xC3, 0xA9, 0xF0, 0x9F, 0x98, 0x80};
    static const uint8_t u16[] = {0x00, 0x41, 0x00, 0xE9, 0xD8, 0x3D, 0xDE, 0x00};
    struct harness h;
    h_init(&h);
    put(&h, SRC, u32, sizeof u32);
    regs(&h, 16, sizeof u32);
    run1(&h, "B9B20024"); /* CU41 */
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_mem_eq(h.mem.bytes + DST, u8, sizeof u8);
    h_free(&h);

    h_init(&h);
    put(&h, SRC, u32, sizeof u32);
    regs(&h, 16, sizeof u32);
    run1(&h, "B9B30024"); /* CU42 */
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_mem_eq(h.mem.bytes + DST, u16, sizeof u16);
    h_free(&h);

    h_init(&h);
    put(&h, SRC, u16, sizeof u16);
    regs(&h, 16, sizeof u16);
    run1(&h, "B9B10024"); /* CU24 */
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_mem_eq(h.mem.bytes + DST, u32, sizeof u32);
    h_free(&h);

    h_init(&h);
    put(&h, SRC, u8, sizeof u8);
    regs(&h, 16, sizeof u8);
    run1(&h, "B9B00024"); /* CU14 */
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_mem_eq(h.mem.bytes + DST, u32, sizeof u32);
    h_free(&h);

    static const uint8_t sur[] = {0, 0, 0xD8, 0x00};
    h_init(&h);
    put(&h, SRC, sur, sizeof sur);
    regs(&h, 16, 4);
    run1(&h, "B9B20024"); /* a surrogate code point is not a UTF-32 character */
    ck_assert_uint_eq(h.cpu.cc, 2);
    h_free(&h);
}
END_TEST

START_TEST(odd_register_is_specification)
{
    struct harness h;
    h_init(&h);
    h_code(&h, H_CODE, "B2A60034");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    h_free(&h);
}
END_TEST

START_TEST(tre_translates_until_test_byte)
{
    struct harness h;
    h_init(&h);
    put(&h, SRC, "abc!d", 5);
    for (int i = 0; i < 256; i++)
        h.mem.bytes[DST + i] = (uint8_t)(i ^ 0x20); /* toggles ASCII case */
    h.cpu.gr[0] = 0xFFFFFFFFFFFFFF21ULL;            /* test byte '!' */
    h.cpu.gr[4] = SRC, h.cpu.gr[5] = 5, h.cpu.gr[6] = DST;
    run1(&h, "B2A50046"); /* TRE 4,6 */
    ck_assert_uint_eq(h.cpu.cc, 1);
    ck_assert_mem_eq(h.mem.bytes + SRC, "ABC!d", 5);
    ck_assert_uint_eq(h.cpu.gr[4], SRC + 3);
    ck_assert_uint_eq(h.cpu.gr[5], 2);
    h.cpu.gr[0] = 0;
    run1(&h, "B2A50046");
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_mem_eq(h.mem.bytes + SRC, "ABC\x01" "D", 5);
    ck_assert_uint_eq(h.cpu.gr[5], 0);
    h_free(&h);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("unicode");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, cu21_and_cu12_round_trip);
    tcase_add_test(tc, cc1_cc2_and_truncated_source);
    tcase_add_test(tc, utf32_forms);
    tcase_add_test(tc, odd_register_is_specification);
    tcase_add_test(tc, tre_translates_until_test_byte);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
