/* COMPARE AND SWAP family: equal -> store R3 (CC 0); unequal -> load R1 from storage (CC 1);
 * alignment and even-register rules are specification exceptions. */
#include "harness.h"

#define A 0x10000

START_TEST(cs_success_and_failure)
{
    struct harness h;
    h_init(&h);
    h_st32(&h, A, 0x11111111);
    h.cpu.gr[1] = 0xAAAAAAAA11111111ULL;
    h.cpu.gr[3] = 0xBBBBBBBB22222222ULL;
    h.cpu.gr[5] = A;
    /* CS 1,3,0(5): storage equals bits 32-63 of R1 -> bits 32-63 of R3 stored, CC 0 */
    h_code(&h, H_CODE, "BA135000");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_uint_eq(h_ld32(&h, A), 0x22222222);
    ck_assert_uint_eq(h.cpu.gr[1], 0xAAAAAAAA11111111ULL);
    /* again: storage now X'22222222' != X'11111111' -> R1 low word loaded, CC 1, storage kept */
    h_code(&h, H_CODE + 4, "BA135000");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 1);
    ck_assert_uint_eq(h.cpu.gr[1], 0xAAAAAAAA22222222ULL);
    ck_assert_uint_eq(h_ld32(&h, A), 0x22222222);
    h_free(&h);
}
END_TEST

START_TEST(cs_misaligned_is_specification)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[5] = A + 2;
    h_code(&h, H_CODE, "BA135000");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    ck_assert_uint_eq(h_ld32(&h, LC_PGM_ILC) >> 16, 4);
    h_free(&h);
}
END_TEST

START_TEST(csy_negative_displacement)
{
    struct harness h;
    h_init(&h);
    h_st32(&h, A, 5);
    h.cpu.gr[1] = 5;
    h.cpu.gr[3] = 6;
    h.cpu.gr[5] = A + 4;
    /* CSY 1,3,-4(5): DL X'FFC', DH X'FF' -> displacement -4 -> address A */
    h_code(&h, H_CODE, "EB135FFC FF14");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_uint_eq(h_ld32(&h, A), 6);
    h_free(&h);
}
END_TEST

START_TEST(csg_success_failure_alignment)
{
    struct harness h;
    h_init(&h);
    h_st64(&h, A, 0x0123456789ABCDEFULL);
    h.cpu.gr[1] = 0x0123456789ABCDEFULL;
    h.cpu.gr[3] = 0xFEDCBA9876543210ULL;
    h.cpu.gr[5] = A;
    h_code(&h, H_CODE, "EB135000 0030 EB135000 0030");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_uint_eq(h_ld64(&h, A), 0xFEDCBA9876543210ULL);
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 1);
    ck_assert_uint_eq(h.cpu.gr[1], 0xFEDCBA9876543210ULL);
    h_free(&h);

    h_init(&h);
    h.cpu.gr[5] = A + 4; /* word- but not doubleword-aligned */
    h_code(&h, H_CODE, "EB135000 0030");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    h_free(&h);
}
END_TEST

START_TEST(cds_pairs)
{
    struct harness h;
    h_init(&h);
    h_st64(&h, A, 0x1111111122222222ULL);
    h.cpu.gr[2] = 0xFFFFFFFF11111111ULL;
    h.cpu.gr[3] = 0xFFFFFFFF22222222ULL;
    h.cpu.gr[8] = 0x33333333;
    h.cpu.gr[9] = 0x44444444;
    h.cpu.gr[5] = A;
    /* CDS 2,8,0(5): equal -> X'3333333344444444' stored, CC 0 */
    h_code(&h, H_CODE, "BB285000 BB285000");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_uint_eq(h_ld64(&h, A), 0x3333333344444444ULL);
    /* again: unequal -> R2 low = X'33333333', R3 low = X'44444444', high words kept */
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 1);
    ck_assert_uint_eq(h.cpu.gr[2], 0xFFFFFFFF33333333ULL);
    ck_assert_uint_eq(h.cpu.gr[3], 0xFFFFFFFF44444444ULL);
    h_free(&h);
}
END_TEST

START_TEST(cds_odd_register_or_misaligned_is_specification)
{
    static const char *const text[] = {"BB385000", "BB295000", "BB285004"};
    for (int i = 0; i < 3; i++) {
        struct harness h;
        h_init(&h);
        h.cpu.gr[5] = A;
        h_code(&h, H_CODE, text[i]);
        h_run(&h);
        ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
        h_free(&h);
    }
}
END_TEST

START_TEST(cdsg_quadword)
{
    struct harness h;
    h_init(&h);
    h_st64(&h, A, 0x0102030405060708ULL);
    h_st64(&h, A + 8, 0x090A0B0C0D0E0F10ULL);
    h.cpu.gr[2] = 0x0102030405060708ULL;
    h.cpu.gr[3] = 0x090A0B0C0D0E0F10ULL;
    h.cpu.gr[8] = 0xA1A2A3A4A5A6A7A8ULL;
    h.cpu.gr[9] = 0xB1B2B3B4B5B6B7B8ULL;
    h.cpu.gr[5] = A;
    /* CDSG 2,8,0(5): R2||R3 equal the quadword -> R8||R9 stored big-endian, CC 0 */
    h_code(&h, H_CODE, "EB285000 003E EB285000 003E");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_uint_eq(h_ld64(&h, A), 0xA1A2A3A4A5A6A7A8ULL);
    ck_assert_uint_eq(h_ld64(&h, A + 8), 0xB1B2B3B4B5B6B7B8ULL);
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 1);
    ck_assert_uint_eq(h.cpu.gr[2], 0xA1A2A3A4A5A6A7A8ULL);
    ck_assert_uint_eq(h.cpu.gr[3], 0xB1B2B3B4B5B6B7B8ULL);
    h_free(&h);

    h_init(&h);
    h.cpu.gr[5] = A + 8; /* doubleword- but not quadword-aligned */
    h_code(&h, H_CODE, "EB285000 003E");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    h_free(&h);
}
END_TEST

START_TEST(cs_store_protected_is_protection)
{
    struct harness h;
    h_init(&h);
    /* storage key 3 on the page, PSW key 5: store access denied even if the compare fails */
    h.mem.keys[A >> PAGE_SHIFT] = 0x30;
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA | (5ULL << PSW_KEY_SHIFT), H_CODE);
    h_st32(&h, A, 1);
    h.cpu.gr[1] = 2;
    h.cpu.gr[5] = A;
    h_code(&h, H_CODE, "BA135000");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_PROTECTION);
    ck_assert_uint_eq(h.cpu.gr[1], 2);
    h_free(&h);
}
END_TEST

/* F5: TEST AND SET (93, S format): CC = the leftmost bit of the byte, the byte becomes X'FF'
 * (PoP).  00 -> CC 0; 7F -> CC 0; 80 -> CC 1; FF -> CC 1; bits 8-15 of the text ignored; any
 * alignment; a protected byte is a protection exception with the byte unchanged. */
START_TEST(ts_sets_cc_from_the_leftmost_bit_and_the_byte_to_ones)
{
    static const struct { uint8_t before, cc; } cases[] = {{0x00, 0}, {0x7F, 0}, {0x80, 1}, {0xFF, 1}, {0x01, 0}};
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct harness h;
        h_init(&h);
        h.mem.bytes[A + 3] = cases[i].before;
        h.mem.bytes[A + 4] = 0x5A;
        h.cpu.gr[5] = A;
        h_code(&h, H_CODE, i == 4 ? "93FF5003" : "93005003"); /* TS 3(5) */
        ck_assert_int_eq(h_run_n(&h, 1), EXEC_LIMIT);
        ck_assert_uint_eq(h.cpu.cc, cases[i].cc);
        ck_assert_uint_eq(h.mem.bytes[A + 3], 0xFF);
        ck_assert_uint_eq(h.mem.bytes[A + 4], 0x5A);
        h_free(&h);
    }
    /* a lock taken twice: the second TS finds it held */
    struct harness h;
    h_init(&h);
    h.cpu.gr[5] = A;
    h_code(&h, H_CODE, "93005000 B2220010 93005000 B2220020"); /* TS; IPM 1; TS; IPM 2 */
    h_run(&h);
    ck_assert(h_ended_normally(&h));
    ck_assert_uint_eq((h.cpu.gr[1] >> 28) & 3, 0);
    ck_assert_uint_eq((h.cpu.gr[2] >> 28) & 3, 1);
    h_free(&h);

    h_init(&h);
    h.mem.keys[A >> PAGE_SHIFT] = 0x30;
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA | (5ULL << PSW_KEY_SHIFT), H_CODE);
    h.cpu.gr[5] = A;
    h_code(&h, H_CODE, "93005000");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_PROTECTION);
    ck_assert_uint_eq(h.mem.bytes[A], 0);
    h_free(&h);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("atomic");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, cs_success_and_failure);
    tcase_add_test(tc, ts_sets_cc_from_the_leftmost_bit_and_the_byte_to_ones);
    tcase_add_test(tc, cs_misaligned_is_specification);
    tcase_add_test(tc, csy_negative_displacement);
    tcase_add_test(tc, csg_success_failure_alignment);
    tcase_add_test(tc, cds_pairs);
    tcase_add_test(tc, cds_odd_register_or_misaligned_is_specification);
    tcase_add_test(tc, cdsg_quadword);
    tcase_add_test(tc, cs_store_protected_is_protection);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
