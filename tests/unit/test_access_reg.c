/* Access-register instructions and LOAD/STORE USING REAL ADDRESS.  Expected values by hand
 * from the PoP. */
#include "harness.h"

#define A 0x10000

static void run1(struct harness *h, const char *hex)
{
    h_code(h, H_CODE, hex);
    h->cpu.psw.ia = H_CODE;
    h_run_n(h, 1);
}

START_TEST(sar_ear_cpya)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[2] = 0xFFFFFFFF12345678ULL;
    h.cpu.gr[3] = 0xAAAAAAAABBBBBBBBULL;
    run1(&h, "B24E0012"); /* SAR 1,2 */
    ck_assert_uint_eq(h.cpu.ar[1], 0x12345678);
    run1(&h, "B24D0041"); /* CPYA 4,1 */
    ck_assert_uint_eq(h.cpu.ar[4], 0x12345678);
    run1(&h, "B24F0034"); /* EAR 3,4: bits 0-31 of GR3 kept */
    ck_assert_uint_eq(h.cpu.gr[3], 0xAAAAAAAA12345678ULL);
    h_free(&h);
}
END_TEST

START_TEST(lam_stam_wrap)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[6] = A;
    for (int i = 0; i < 4; i++)
        h_st32(&h, A + 4 * i, 0x11111111u * (unsigned)(i + 1));
    run1(&h, "9AF16000"); /* LAM 15,1,0(6): AR15, AR0, AR1 */
    ck_assert_uint_eq(h.cpu.ar[15], 0x11111111);
    ck_assert_uint_eq(h.cpu.ar[0], 0x22222222);
    ck_assert_uint_eq(h.cpu.ar[1], 0x33333333);
    run1(&h, "EB016020 009B"); /* STAMY 0,1,32(6) */
    ck_assert_uint_eq(h_ld32(&h, A + 32), 0x22222222);
    ck_assert_uint_eq(h_ld32(&h, A + 36), 0x33333333);
    h_free(&h);
}
END_TEST

START_TEST(lam_misaligned_is_specification)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[6] = A + 2;
    h_code(&h, H_CODE, "9A016000");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    h_free(&h);
}
END_TEST

START_TEST(lura_stura_use_real_addresses)
{
    struct harness h;
    h_init(&h);
    h.cpu.prefix = 0x20000; /* real 0..0x1FFF is absolute 0x20000.. */
    h.cpu.gr[1] = 0x0102030405060708ULL;
    h.cpu.gr[6] = 0x1000;
    run1(&h, "B2460016"); /* STURA 1,6: real 0x1000 = absolute 0x21000 */
    ck_assert_uint_eq(h_ld32(&h, 0x21000), 0x05060708);
    run1(&h, "B9250016"); /* STURG 1,6 */
    ck_assert_uint_eq(h_ld64(&h, 0x21000), 0x0102030405060708ULL);
    run1(&h, "B24B0026"); /* LURA 2,6 */
    ck_assert_uint_eq(h.cpu.gr[2], 0x01020304);
    run1(&h, "B9050036"); /* LURAG 3,6 */
    ck_assert_uint_eq(h.cpu.gr[3], 0x0102030405060708ULL);
    h_free(&h);
}
END_TEST

START_TEST(lura_exceptions)
{
    struct harness h;
    /* privileged */
    h_init(&h);
    h.cpu.psw.mask |= PSW_PROBLEM;
    h.cpu.gr[6] = A;
    h_code(&h, H_CODE, "B24B0026");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_PRIVILEGED);
    h_free(&h);
    /* word boundary */
    h_init(&h);
    h.cpu.gr[6] = A + 2;
    h_code(&h, H_CODE, "B24B0026");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    h_free(&h);
    /* key-controlled protection with the PSW key */
    h_init(&h);
    h.mem.keys[A >> 12] = 0x30;
    h.cpu.psw.mask |= 2ULL << PSW_KEY_SHIFT;
    h.cpu.gr[6] = A;
    h_code(&h, H_CODE, "B2460016");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_PROTECTION);
    ck_assert_uint_eq(h_ld32(&h, A), 0);
    h_free(&h);
    /* addressing */
    h_init(&h);
    h.cpu.gr[6] = 0x40000000;
    h_code(&h, H_CODE, "B9050036");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_ADDRESSING);
    h_free(&h);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("access_reg");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, sar_ear_cpya);
    tcase_add_test(tc, lam_stam_wrap);
    tcase_add_test(tc, lam_misaligned_is_specification);
    tcase_add_test(tc, lura_stura_use_real_addresses);
    tcase_add_test(tc, lura_exceptions);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
