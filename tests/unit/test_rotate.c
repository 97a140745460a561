/* Rotates and bit operations: RLL/RLLG, the ROTATE THEN ... SELECTED BITS family (zero flag,
 * wrap-around ranges, rotation, test-only flag, CC), FLOGR and POPCNT.  Expected values are
 * worked out by hand from the PoP in the comments; the rotations are also checked against
 * the host's own shift-and-or. */
#include "harness.h"

static void run1(struct harness *h, const char *text)
{
    h_code(h, H_CODE, text);
    ck_assert_int_eq(h_run_n(h, 1), EXEC_LIMIT);
}

static uint64_t host_rotl64(uint64_t v, unsigned n)
{
    return n % 64 ? (v << (n % 64)) | (v >> (64 - n % 64)) : v;
}

START_TEST(rll_and_rllg)
{
    struct harness h;
    /* RLL 1,3,8: 0x12345678 -> 0x34567812; high word of R1 kept */
    h_init(&h);
    h.cpu.gr[1] = 0xAAAAAAAA00000000ULL;
    h.cpu.gr[3] = 0xFFFFFFFF12345678ULL;
    run1(&h, "EB130008001D");
    ck_assert_uint_eq(h.cpu.gr[1], 0xAAAAAAAA34567812ULL);
    h_free(&h);

    /* RLL by 40 = by 8 (modulo 32) */
    h_init(&h);
    h.cpu.gr[3] = 0x12345678;
    run1(&h, "EB130028001D");
    ck_assert_uint_eq(h.cpu.gr[1], 0x34567812);
    h_free(&h);

    /* RLLG 1,3,4 (amount from base 2 = 0x104 + 0: low 6 bits = 4) */
    h_init(&h);
    h.cpu.gr[2] = 0x104;
    h.cpu.gr[3] = 0xF123456789ABCDEFULL;
    run1(&h, "EB132000001C");
    ck_assert_uint_eq(h.cpu.gr[1], 0x123456789ABCDEFFULL);
    ck_assert_uint_eq(h.cpu.gr[1], host_rotl64(0xF123456789ABCDEFULL, 4));
    h_free(&h);
}
END_TEST

/* RISBG 1,2,I3,I4,I5 = EC 1 2 I3 I4 I5 55 */
START_TEST(risbg_zero_flag_and_rotation)
{
    struct harness h;
    /* gcc's zero-extend: RISBG 1,2,32,128+63,0 -> bits 32-63 of R2, rest zero; CC 2 */
    h_init(&h);
    h.cpu.gr[1] = ~0ULL;
    h.cpu.gr[2] = 0xFFFFFFFF12345678ULL;
    run1(&h, "EC1220BF0055");
    ck_assert_uint_eq(h.cpu.gr[1], 0x12345678);
    ck_assert_uint_eq(h.cpu.cc, 2);
    h_free(&h);

    /* RISBG 1,2,0,128+7,8: rotated left 8, R2 byte 1 (0x22) lands in bits 0-7 */
    h_init(&h);
    h.cpu.gr[1] = ~0ULL;
    h.cpu.gr[2] = 0x1122334455667788ULL;
    run1(&h, "EC1200870855");
    ck_assert_uint_eq(h.cpu.gr[1], 0x2200000000000000ULL);
    ck_assert_uint_eq(h.cpu.gr[1], host_rotl64(0x1122334455667788ULL, 8) & 0xFF00000000000000ULL);
    ck_assert_uint_eq(h.cpu.cc, 2);
    h_free(&h);

    /* no zero flag: RISBG 1,2,56,63,0 with R2 = 0 keeps bits 0-55 of R1: negative, CC 1 */
    h_init(&h);
    h.cpu.gr[1] = ~0ULL;
    h.cpu.gr[2] = 0;
    run1(&h, "EC12383F0055");
    ck_assert_uint_eq(h.cpu.gr[1], 0xFFFFFFFFFFFFFF00ULL);
    ck_assert_uint_eq(h.cpu.cc, 1);
    h_free(&h);

    /* wrap-around: start 60, end 3 with the zero flag: bits 60-63 and 0-3 */
    h_init(&h);
    h.cpu.gr[2] = ~0ULL;
    run1(&h, "EC123C830055");
    ck_assert_uint_eq(h.cpu.gr[1], 0xF00000000000000FULL);
    ck_assert_uint_eq(h.cpu.cc, 1);
    h_free(&h);

    /* result zero: CC 0 */
    h_init(&h);
    h.cpu.gr[1] = 0xFF;
    h.cpu.gr[2] = 0xFF00;
    run1(&h, "EC1238BF0055"); /* select 56-63 of the unrotated R2 (0x00), zero the rest */
    ck_assert_uint_eq(h.cpu.gr[1], 0);
    ck_assert_uint_eq(h.cpu.cc, 0);
    h_free(&h);

    /* I3/I4 bits 0-1 (and I5 bits 0-1) are not part of the positions: I3 = 0x40|32 is 32 */
    h_init(&h);
    h.cpu.gr[2] = 0xFFFFFFFF12345678ULL;
    run1(&h, "EC1260BFC055"); /* I5 = 0xC0: rotate 0 */
    ck_assert_uint_eq(h.cpu.gr[1], 0x12345678);
    h_free(&h);

    /* RISBGN: the same result, CC unchanged */
    h_init(&h);
    h.cpu.cc = 3;
    h.cpu.gr[2] = 0x1122334455667788ULL;
    run1(&h, "EC1200870859");
    ck_assert_uint_eq(h.cpu.gr[1], 0x2200000000000000ULL);
    ck_assert_uint_eq(h.cpu.cc, 3);
    h_free(&h);
}
END_TEST

START_TEST(risbhg_risblg_one_word)
{
    struct harness h;
    /* RISBHG 1,2,0,128+31,32: rotate by 32 brings R2's low word to bits 0-31 */
    h_init(&h);
    h.cpu.cc = 1;
    h.cpu.gr[1] = 0xFFFFFFFFCAFEBABEULL;
    h.cpu.gr[2] = 0xAAAAAAAA12345678ULL;
    run1(&h, "EC12009F205D");
    ck_assert_uint_eq(h.cpu.gr[1], 0x12345678CAFEBABEULL);
    ck_assert_uint_eq(h.cpu.cc, 1);
    h_free(&h);

    /* RISBHG 1,2,8,128+15,0: bits 8-15 from R2 (0x22), bits 0-7 and 16-31 zeroed, low word kept */
    h_init(&h);
    h.cpu.gr[1] = 0xFFFFFFFFCAFEBABEULL;
    h.cpu.gr[2] = 0x1122334455667788ULL;
    run1(&h, "EC12088F005D");
    ck_assert_uint_eq(h.cpu.gr[1], 0x00220000CAFEBABEULL);
    h_free(&h);

    /* RISBLG 1,2,24,128+31,0: low byte of R2 into bits 56-63, rest of the low word zero */
    h_init(&h);
    h.cpu.gr[1] = 0xFFFFFFFFCAFEBABEULL;
    h.cpu.gr[2] = 0x1122334455667788ULL;
    run1(&h, "EC12189F0051");
    ck_assert_uint_eq(h.cpu.gr[1], 0xFFFFFFFF00000088ULL);
    h_free(&h);

    /* without the zero flag: only the byte changes */
    h_init(&h);
    h.cpu.gr[1] = 0xFFFFFFFFCAFEBABEULL;
    h.cpu.gr[2] = 0x1122334455667788ULL;
    run1(&h, "EC12181F0051");
    ck_assert_uint_eq(h.cpu.gr[1], 0xFFFFFFFFCAFEBA88ULL);
    h_free(&h);

    /* RISBLG wrap-around inside the low word: start 28, end 3 -> word bits 28-31 and 0-3,
     * i.e. register bits 60-63 and 32-35 */
    h_init(&h);
    h.cpu.gr[1] = 0x1234567800000000ULL;
    h.cpu.gr[2] = ~0ULL;
    run1(&h, "EC121C830051");
    ck_assert_uint_eq(h.cpu.gr[1], 0x12345678F000000FULL);
    h_free(&h);

    /* RISBHG wrap-around inside the high word: word bits 28-31 and 0-3 (Hercules 3.13 gives
     * the same, as it does for the RISBLG case above and the zero-flag case) */
    h_init(&h);
    h.cpu.gr[1] = 0x12345678;
    h.cpu.gr[2] = ~0ULL;
    run1(&h, "EC121C83005D");
    ck_assert_uint_eq(h.cpu.gr[1], 0xF000000F12345678ULL);
    h_free(&h);

    /* RISBHG: I3/I4 bits 0-2 ignored: I3 = 0x20|8 is 8 */
    h_init(&h);
    h.cpu.gr[1] = 0xFFFFFFFFCAFEBABEULL;
    h.cpu.gr[2] = 0x1122334455667788ULL;
    run1(&h, "EC12288F005D");
    ck_assert_uint_eq(h.cpu.gr[1], 0x00220000CAFEBABEULL);
    h_free(&h);
}
END_TEST

/* RNSBG EC..54, ROSBG EC..56, RXSBG EC..57; I3 bit 0 = test only */
START_TEST(rnsbg_rosbg_rxsbg)
{
    struct harness h;
    /* RNSBG 1,2,32,63,0: low word AND, high word untouched: 0xFFFFFFFF & 0x0000FFFF */
    h_init(&h);
    h.cpu.gr[1] = ~0ULL;
    h.cpu.gr[2] = 0x123456780000FFFFULL;
    run1(&h, "EC12203F0054");
    ck_assert_uint_eq(h.cpu.gr[1], 0xFFFFFFFF0000FFFFULL);
    ck_assert_uint_eq(h.cpu.cc, 1);
    h_free(&h);

    /* RNSBG test only (I3 = 0x80|0), 0xF0 & 0x0F = 0 in the selected bits: CC 0, R1 kept */
    h_init(&h);
    h.cpu.gr[1] = 0xF0;
    h.cpu.gr[2] = 0x0F;
    run1(&h, "EC12803F0054");
    ck_assert_uint_eq(h.cpu.gr[1], 0xF0);
    ck_assert_uint_eq(h.cpu.cc, 0);
    h_free(&h);

    /* CC looks at the selected bits only: RNSBG 1,2,56,63 with R1 = R2 = 0xFF00: selected
     * byte 0x00 & 0x00 = 0 -> CC 0 although R1 is nonzero */
    h_init(&h);
    h.cpu.gr[1] = 0xFF00;
    h.cpu.gr[2] = 0xFF00;
    run1(&h, "EC12383F0054");
    ck_assert_uint_eq(h.cpu.gr[1], 0xFF00);
    ck_assert_uint_eq(h.cpu.cc, 0);
    h_free(&h);

    /* ROSBG 1,2,56,63,0: 0xF0 | 0x0F = 0xFF, CC 1 */
    h_init(&h);
    h.cpu.gr[1] = 0xF0;
    h.cpu.gr[2] = 0x0F;
    run1(&h, "EC12383F0056");
    ck_assert_uint_eq(h.cpu.gr[1], 0xFF);
    ck_assert_uint_eq(h.cpu.cc, 1);
    h_free(&h);

    /* ROSBG test only: CC 1, R1 kept */
    h_init(&h);
    h.cpu.gr[1] = 0xF0;
    h.cpu.gr[2] = 0x0F;
    run1(&h, "EC12B83F0056");
    ck_assert_uint_eq(h.cpu.gr[1], 0xF0);
    ck_assert_uint_eq(h.cpu.cc, 1);
    h_free(&h);

    /* RXSBG 1,2,0,0,63: R2 = 1 rotated left 63 = bit 0 set; XOR into bit 0 of R1 = 0 */
    h_init(&h);
    h.cpu.gr[1] = 0x00000000000000FFULL;
    h.cpu.gr[2] = 1;
    run1(&h, "EC1200003F57");
    ck_assert_uint_eq(h.cpu.gr[1], 0x80000000000000FFULL);
    ck_assert_uint_eq(h.cpu.cc, 1);
    h_free(&h);

    /* RXSBG test only, equal bytes: 0xFF ^ 0xFF = 0 -> CC 0, R1 kept */
    h_init(&h);
    h.cpu.gr[1] = 0xFF;
    h.cpu.gr[2] = 0xFF;
    run1(&h, "EC12B83F0057");
    ck_assert_uint_eq(h.cpu.gr[1], 0xFF);
    ck_assert_uint_eq(h.cpu.cc, 0);
    h_free(&h);

    /* I4 bit 0 is no zero flag for these: ROSBG 1,2,56,128+63: bits 0-55 stay */
    h_init(&h);
    h.cpu.gr[1] = 0xAB00;
    h.cpu.gr[2] = 0x01;
    run1(&h, "EC1238BF0056");
    ck_assert_uint_eq(h.cpu.gr[1], 0xAB01);
    h_free(&h);
}
END_TEST

/* FLOGR 2,3 = B983 0023 */
START_TEST(flogr_values)
{
    static const struct {
        uint64_t in, pos, rest;
        unsigned cc;
    } cases[] = {
        {0, 64, 0, 0},
        {1, 63, 0, 2},
        {0x8000000000000001ULL, 0, 1, 2},
        {0x00F0000000000000ULL, 8, 0x0070000000000000ULL, 2},
        {0x0000000100000000ULL, 31, 0, 2},
        {~0ULL, 0, 0x7FFFFFFFFFFFFFFFULL, 2},
    };
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct harness h;
        h_init(&h);
        h.cpu.gr[2] = 0x5555;
        h.cpu.gr[3] = cases[i].in;
        run1(&h, "B9830023");
        ck_assert_msg(h.cpu.gr[2] == cases[i].pos, "FLOGR case %u", i);
        ck_assert_msg(h.cpu.gr[3] == cases[i].rest, "FLOGR case %u rest", i);
        ck_assert_uint_eq(h.cpu.cc, cases[i].cc);
        h_free(&h);
    }
}
END_TEST

START_TEST(flogr_r2_overlaps_and_odd_r1)
{
    struct harness h;
    /* FLOGR 2,2: R2 read before the pair is written: 0x10 -> bit 59, rest 0 */
    h_init(&h);
    h.cpu.gr[2] = 0x10;
    h.cpu.gr[3] = 0x77;
    run1(&h, "B9830022");
    ck_assert_uint_eq(h.cpu.gr[2], 59);
    ck_assert_uint_eq(h.cpu.gr[3], 0);
    h_free(&h);

    /* FLOGR 2,3 where R2 = R1+1: 0x30 -> 58, rest 0x10 */
    h_init(&h);
    h.cpu.gr[3] = 0x30;
    run1(&h, "B9830023");
    ck_assert_uint_eq(h.cpu.gr[2], 58);
    ck_assert_uint_eq(h.cpu.gr[3], 0x10);
    h_free(&h);

    /* FLOGR 1,2: odd R1 -> specification, nothing changed, ILC 4 */
    h_init(&h);
    h.cpu.gr[1] = 0x99;
    h.cpu.gr[2] = 0x10;
    h_code(&h, H_CODE, "B9830012");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    ck_assert_uint_eq(h.cpu.gr[1], 0x99);
    ck_assert_uint_eq(h_ld32(&h, LC_PGM_ILC) >> 16, 4);
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE + 4);
    h_free(&h);
}
END_TEST

START_TEST(popcnt_per_byte)
{
    struct harness h;
    /* bytes 00 01 03 0F FF 7F 80 00 have 0 1 2 4 8 7 1 0 ones */
    h_init(&h);
    h.cpu.gr[2] = 0x0001030FFF7F8000ULL;
    run1(&h, "B9E10012");
    ck_assert_uint_eq(h.cpu.gr[1], 0x0001020408070100ULL);
    ck_assert_uint_eq(h.cpu.cc, 1);
    h_free(&h);

    /* cross-check every byte value against the host's popcount, one byte position each */
    for (unsigned v = 0; v < 256; v++) {
        h_init(&h);
        h.cpu.gr[2] = (uint64_t)v << (8 * (v % 8));
        run1(&h, "B9E10012");
        ck_assert_uint_eq(h.cpu.gr[1], (uint64_t)__builtin_popcount(v) << (8 * (v % 8)));
        h_free(&h);
    }

    h_init(&h);
    h.cpu.gr[1] = 0x1234;
    h.cpu.gr[2] = 0;
    run1(&h, "B9E10012");
    ck_assert_uint_eq(h.cpu.gr[1], 0);
    ck_assert_uint_eq(h.cpu.cc, 0);
    h_free(&h);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("rotate");
    TCase *tc = tcase_create("rotate");
    tcase_add_test(tc, rll_and_rllg);
    tcase_add_test(tc, risbg_zero_flag_and_rotation);
    tcase_add_test(tc, risbhg_risblg_one_word);
    tcase_add_test(tc, rnsbg_rosbg_rxsbg);
    tcase_add_test(tc, flogr_values);
    tcase_add_test(tc, flogr_r2_overlaps_and_odd_r1);
    tcase_add_test(tc, popcnt_per_byte);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
