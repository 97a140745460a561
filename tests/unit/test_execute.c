/* EXECUTE and EXECUTE RELATIVE LONG: the OR of R1 into bits 8-15 of the target, relative
 * branches relative to the target, the execute exception, the odd-address specification
 * exception, and the ILC (the EXECUTE's) of an exception in the target. */
#include <string.h>

#include "harness.h"

#define TGT 0x3000
#define A1 0x10000
#define A2 0x20000

START_TEST(ex_mvc_length_from_r1)
{
    struct harness h;
    h_init(&h);
    h_bytes(&h, TGT, "D200 5000 6000"); /* MVC 0(1,5),0(6): length code 0 */
    memset(h.mem.bytes + A2, 0xAB, 16);
    h.cpu.gr[5] = A1;
    h.cpu.gr[6] = A2;
    h.cpu.gr[1] = 0xFFFFFF04; /* only bits 56-63 count: length code 4 -> 5 bytes */
    h.cpu.gr[7] = TGT;
    h_code(&h, H_CODE, "44107000"); /* EX 1,0(0,7) */
    h_run(&h);
    ck_assert(h_ended_normally(&h)); /* resumed after the EX, at the epilogue */
    for (int i = 0; i < 5; i++)
        ck_assert_uint_eq(h.mem.bytes[A1 + i], 0xAB);
    ck_assert_uint_eq(h.mem.bytes[A1 + 5], 0);
    /* the target in storage is not modified */
    ck_assert_uint_eq(h.mem.bytes[TGT + 1], 0x00);
    h_free(&h);
}
END_TEST

START_TEST(ex_with_r1_zero_runs_target_unmodified)
{
    struct harness h;
    h_init(&h);
    h_bytes(&h, TGT, "D201 5000 6000"); /* 2 bytes */
    memset(h.mem.bytes + A2, 0xCD, 16);
    h.cpu.gr[0] = 0xFF; /* R1 = 0: no OR, even though GR0 is nonzero */
    h.cpu.gr[5] = A1;
    h.cpu.gr[6] = A2;
    h.cpu.gr[7] = TGT;
    h_code(&h, H_CODE, "44007000");
    h_run(&h);
    ck_assert_uint_eq(h.mem.bytes[A1 + 1], 0xCD);
    ck_assert_uint_eq(h.mem.bytes[A1 + 2], 0);
    h_free(&h);
}
END_TEST

START_TEST(exrl_xc_variable_length)
{
    struct harness h;
    h_init(&h);
    memset(h.mem.bytes + A1, 0x99, 300);
    h.cpu.gr[5] = A1;
    h.cpu.gr[2] = 199; /* XC of 200 bytes, as gcc emits for memset(p, 0, n) */
    /* EXRL 2,target at H_CODE + X'100': offset X'80' halfwords; target XC 0(1,5),0(5) */
    h_code(&h, H_CODE, "C6200000 0080");
    h_bytes(&h, H_CODE + 0x100, "D700 5000 5000");
    h_run(&h);
    ck_assert(h_ended_normally(&h));
    for (int i = 0; i < 200; i++)
        ck_assert_uint_eq(h.mem.bytes[A1 + i], 0);
    ck_assert_uint_eq(h.mem.bytes[A1 + 200], 0x99);
    h_free(&h);
}
END_TEST

START_TEST(ex_of_brc_branches_relative_to_target)
{
    struct harness h;
    h_init(&h);
    /* target BRC 0,+X'20': mask 0 never branches, but R1 = X'F0' ORs the mask to 15 ->
     * branch to TGT + X'20' (relative to the target, not to the EX) */
    h_bytes(&h, TGT, "A7040010");
    h_code(&h, TGT + 0x20, "A7180055"); /* LHI 1,X'55' then the epilogue */
    h.cpu.gr[1] = 0xF0;
    h.cpu.gr[7] = TGT;
    h_code(&h, H_CODE, "44107000");
    h_run(&h);
    ck_assert(h_ended_normally(&h));
    ck_assert_uint_eq(h.cpu.gr[1], 0x55);
    h_free(&h);
}
END_TEST

START_TEST(ex_of_brc_not_taken_continues_after_ex)
{
    struct harness h;
    h_init(&h);
    h_bytes(&h, TGT, "A7040010"); /* BRC 0: no branch */
    h.cpu.gr[7] = TGT;
    h_code(&h, H_CODE, "44007000 A7180033");
    h_run(&h);
    ck_assert(h_ended_normally(&h));
    ck_assert_uint_eq(h.cpu.gr[1], 0x33);
    h_free(&h);
}
END_TEST

START_TEST(ex_of_ex_is_execute_exception)
{
    struct harness h;
    h_init(&h);
    h_bytes(&h, TGT, "44000000");
    h.cpu.gr[7] = TGT;
    h_code(&h, H_CODE, "44007000");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_EXECUTE);
    ck_assert_uint_eq(h_ld32(&h, LC_PGM_ILC) >> 16, 4);
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE + 4);
    ck_assert(!h.cpu.in_execute);
    h_free(&h);
}
END_TEST

START_TEST(exrl_of_exrl_is_execute_exception)
{
    struct harness h;
    h_init(&h);
    /* EXRL 0,*+X'100' whose target is an EXRL: ILC 3 (6 bytes) */
    h_code(&h, H_CODE, "C6000000 0080");
    h_bytes(&h, H_CODE + 0x100, "C6000000 0000");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_EXECUTE);
    ck_assert_uint_eq(h_ld32(&h, LC_PGM_ILC) >> 16, 6);
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE + 6);
    h_free(&h);
}
END_TEST

START_TEST(ex_odd_target_is_specification)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[7] = TGT + 1;
    h_code(&h, H_CODE, "44007000");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    ck_assert_uint_eq(h_ld32(&h, LC_PGM_ILC) >> 16, 4);
    h_free(&h);
}
END_TEST

START_TEST(exception_in_target_reports_executes_ilc)
{
    struct harness h;
    h_init(&h);
    /* the target MVC stores beyond the 1 MiB of storage: addressing exception; ILC is the
     * EX's (4) and the old PSW points past the EX, not past the target */
    h_bytes(&h, TGT, "D207 5000 6000");
    h.cpu.gr[5] = 0x100000;
    h.cpu.gr[6] = A2;
    h.cpu.gr[7] = TGT;
    h_code(&h, H_CODE, "44007000");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_ADDRESSING);
    ck_assert_uint_eq(h_ld32(&h, LC_PGM_ILC) >> 16, 4);
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE + 4);
    ck_assert(!h.cpu.in_execute);
    h_free(&h);

    /* the same through EXRL: ILC 6 */
    h_init(&h);
    h.cpu.gr[5] = 0x100000;
    h.cpu.gr[6] = A2;
    h_code(&h, H_CODE, "C6000000 0080");
    h_bytes(&h, H_CODE + 0x100, "D207 5000 6000");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_ADDRESSING);
    ck_assert_uint_eq(h_ld32(&h, LC_PGM_ILC) >> 16, 6);
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE + 6);
    h_free(&h);
}
END_TEST

START_TEST(ex_target_beyond_storage_is_addressing)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[7] = 0x200000;
    h_code(&h, H_CODE, "44007000");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_ADDRESSING);
    h_free(&h);
}
END_TEST

START_TEST(ex_of_bras_links_past_the_ex)
{
    struct harness h;
    h_init(&h);
    /* target BRAS 14,+X'20': branches relative to the target (TGT+X'20'); the link address is
     * the instruction after the EXECUTE (H_CODE+4), all 64 bits in the 64-bit mode */
    h_bytes(&h, TGT, "A7E50010");
    h_code(&h, TGT + 0x20, "");
    h.cpu.gr[7] = TGT;
    h_code(&h, H_CODE, "44007000");
    h_run(&h);
    ck_assert(h_ended_normally(&h));
    ck_assert_uint_eq(h.cpu.gr[14], H_CODE + 4);
    h_free(&h);
}
END_TEST

START_TEST(exrl_of_svc_reports_exrl_ilc_and_address)
{
    struct harness h;
    h_init(&h);
    h_st64(&h, LC_SVC_NEW, 0x0002000180000000ULL); /* disabled wait */
    h_st64(&h, LC_SVC_NEW + 8, 0xBEEF0);
    /* EXRL 1,target with target SVC 0 and R1 = X'2A': SVC 42; the old PSW points past the
     * EXRL and the ILC is the EXRL's (6 bytes) */
    h.cpu.gr[1] = 0x2A;
    h_code(&h, H_CODE, "C6100000 0080");
    h_bytes(&h, H_CODE + 0x100, "0A00");
    h_run(&h);
    ck_assert_uint_eq(h.cpu.psw.ia, 0xBEEF0);
    ck_assert_uint_eq(h_ld64(&h, LC_SVC_OLD + 8), H_CODE + 6);
    ck_assert_uint_eq(h_ld32(&h, LC_SVC_ILC), 0x0006002A);
    h_free(&h);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("execute");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, ex_mvc_length_from_r1);
    tcase_add_test(tc, ex_with_r1_zero_runs_target_unmodified);
    tcase_add_test(tc, exrl_xc_variable_length);
    tcase_add_test(tc, ex_of_brc_branches_relative_to_target);
    tcase_add_test(tc, ex_of_brc_not_taken_continues_after_ex);
    tcase_add_test(tc, ex_of_ex_is_execute_exception);
    tcase_add_test(tc, exrl_of_exrl_is_execute_exception);
    tcase_add_test(tc, ex_odd_target_is_specification);
    tcase_add_test(tc, exception_in_target_reports_executes_ilc);
    tcase_add_test(tc, ex_target_beyond_storage_is_addressing);
    tcase_add_test(tc, ex_of_bras_links_past_the_ex);
    tcase_add_test(tc, exrl_of_svc_reports_exrl_ilc_and_address);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
