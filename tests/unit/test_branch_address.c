/* LOAD ADDRESS, LOAD ADDRESS (long displacement), LOAD ADDRESS RELATIVE LONG and LOAD
 * ADDRESS EXTENDED in each addressing mode (PoP chapter 7): the address wraps at the mode,
 * bits 0-31 of R1 stay in 24- and 31-bit mode, and LAE's access register follows the
 * translation mode. */
#include "harness.h"

static void run1(struct harness *h, uint64_t mode, const char *text)
{
    cpu_load_psw(&h->cpu, mode, H_CODE);
    h_code(h, H_CODE, text);
    ck_assert_int_eq(h_run_n(h, 1), EXEC_LIMIT);
}

START_TEST(la_each_mode)
{
    struct harness h;
    /* LA 1,X'123'(2,3): 0x1_00000000 + 0x10 + 0x123 in 64-bit mode */
    h_init(&h);
    h.cpu.gr[1] = 0xDEAD;
    h.cpu.gr[2] = 0x100000000ULL;
    h.cpu.gr[3] = 0x10;
    run1(&h, PSW_EA | PSW_BA, "41123123");
    ck_assert_uint_eq(h.cpu.gr[1], 0x100000133ULL);
    h_free(&h);

    /* 31-bit: 0x7FFFFFF0 + 0x20 = 0x80000010 -> 0x00000010 (bit 32 zero); high word kept */
    h_init(&h);
    h.cpu.gr[1] = 0xAAAAAAAA00000000ULL;
    h.cpu.gr[2] = 0x7FFFFFF0;
    h.cpu.gr[3] = 0x20;
    run1(&h, PSW_BA, "41123000");
    ck_assert_uint_eq(h.cpu.gr[1], 0xAAAAAAAA00000010ULL);
    h_free(&h);

    /* 24-bit: 0x12FFFFFF + 2 = 0x13000001 -> 0x000001 (bits 32-39 zero) */
    h_init(&h);
    h.cpu.gr[1] = 0xAAAAAAAAFFFFFFFFULL;
    h.cpu.gr[2] = 0x12FFFFFF;
    h.cpu.gr[3] = 2;
    run1(&h, 0, "41123000");
    ck_assert_uint_eq(h.cpu.gr[1], 0xAAAAAAAA00000001ULL);
    h_free(&h);

    /* LA 1,5(0,0): registers 0 as base and index mean zero, not R0 */
    h_init(&h);
    h.cpu.gr[0] = 0x1000;
    run1(&h, PSW_EA | PSW_BA, "41100005");
    ck_assert_uint_eq(h.cpu.gr[1], 5);
    h_free(&h);
}
END_TEST

START_TEST(lay_signed_displacement)
{
    struct harness h;
    /* LAY 1,-1(2,3): DL X'FFF', DH X'FF' -> -1; 0 + 0x1000 - 1 = 0xFFF */
    h_init(&h);
    h.cpu.gr[2] = 0;
    h.cpu.gr[3] = 0x1000;
    run1(&h, PSW_EA | PSW_BA, "E3123FFFFF71");
    ck_assert_uint_eq(h.cpu.gr[1], 0xFFF);
    h_free(&h);

    /* 64-bit: 0 - 1 = all ones; 31-bit: 0x7FFFFFFF */
    h_init(&h);
    run1(&h, PSW_EA | PSW_BA, "E3100FFFFF71");
    ck_assert_uint_eq(h.cpu.gr[1], ~0ULL);
    h_free(&h);
    h_init(&h);
    run1(&h, PSW_BA, "E3100FFFFF71");
    ck_assert_uint_eq(h.cpu.gr[1], 0x7FFFFFFF);
    h_free(&h);
}
END_TEST

START_TEST(larl_relative)
{
    struct harness h;
    /* LARL 1,*+0x20 at 0x2000 (16 halfwords) */
    h_init(&h);
    run1(&h, PSW_EA | PSW_BA, "C01000000010");
    ck_assert_uint_eq(h.cpu.gr[1], 0x2020);
    h_free(&h);

    /* LARL 1,*-2 */
    h_init(&h);
    run1(&h, PSW_EA | PSW_BA, "C010FFFFFFFF");
    ck_assert_uint_eq(h.cpu.gr[1], 0x1FFE);
    h_free(&h);

    /* 24-bit mode: *-0x2002 wraps to 0xFFFFFE; high word kept */
    h_init(&h);
    h.cpu.gr[1] = 0x1111111100000000ULL;
    run1(&h, 0, "C010FFFFEFFF");
    ck_assert_uint_eq(h.cpu.gr[1], 0x1111111100FFFFFEULL);
    h_free(&h);
}
END_TEST

START_TEST(lae_access_register_by_mode)
{
    /* LAE 1,8(0,3): ASC 00 primary -> 0, 01 AR mode -> AR3, 10 secondary -> 1, 11 home -> 2 */
    static const uint32_t expect[4] = {0, 0x00012345, 1, 2};
    for (unsigned asc = 0; asc < 4; asc++) {
        struct harness h;
        h_init(&h);
        h.cpu.ar[1] = 0xFFFFFFFF;
        h.cpu.ar[3] = 0x00012345;
        h.cpu.gr[3] = 0x100;
        run1(&h, PSW_EA | PSW_BA | ((uint64_t)asc << PSW_ASC_SHIFT), "51103008");
        ck_assert_uint_eq(h.cpu.gr[1], 0x108);
        ck_assert_msg(h.cpu.ar[1] == expect[asc], "asc %u: ar1 %x", asc, h.cpu.ar[1]);
        h_free(&h);

        /* LAEY 1,8(0,3) */
        h_init(&h);
        h.cpu.ar[1] = 0xFFFFFFFF;
        h.cpu.ar[3] = 0x00012345;
        h.cpu.gr[3] = 0x100;
        run1(&h, PSW_EA | PSW_BA | ((uint64_t)asc << PSW_ASC_SHIFT), "E31030080075");
        ck_assert_uint_eq(h.cpu.gr[1], 0x108);
        ck_assert_uint_eq(h.cpu.ar[1], expect[asc]);
        h_free(&h);
    }

    /* AR mode with B2 = 0: zero */
    struct harness h;
    h_init(&h);
    h.cpu.ar[1] = 0xFFFFFFFF;
    run1(&h, PSW_EA | PSW_BA | (1ULL << PSW_ASC_SHIFT), "51100008");
    ck_assert_uint_eq(h.cpu.ar[1], 0);
    h_free(&h);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("address");
    TCase *tc = tcase_create("address");
    tcase_add_test(tc, la_each_mode);
    tcase_add_test(tc, lay_signed_displacement);
    tcase_add_test(tc, larl_relative);
    tcase_add_test(tc, lae_access_register_by_mode);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
