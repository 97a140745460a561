/* The execution loop, decode cache and program-interruption presentation. */
#include <string.h>

#include "harness.h"

START_TEST(loop_counts_down)
{
    struct harness h;
    h_init(&h);
    /* LHI 1,5; LHI 2,0; loop: AHI-less add: LHI 3,3; AR 2,3; BRCT 1,loop */
    h_code(&h, H_CODE, "A7180005 A7280000 A7380003 1A23 A716FFFF");
    ck_assert_int_eq(h_run(&h), EXEC_WAIT);
    ck_assert(h_ended_normally(&h));
    ck_assert_uint_eq(h.cpu.gr[1], 0);
    ck_assert_uint_eq(h.cpu.gr[2], 15);
    h_free(&h);
}
END_TEST

START_TEST(ar_overflow_sets_cc3_and_interrupts_when_masked)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[1] = 0x7FFFFFFF;
    h.cpu.gr[2] = 1;
    h_code(&h, H_CODE, "1A12");
    ck_assert_int_eq(h_run_n(&h, 1), EXEC_LIMIT);
    ck_assert_uint_eq(h.cpu.gr[1], 0x80000000);
    ck_assert_uint_eq(h.cpu.cc, 3);
    h_free(&h);

    h_init(&h);
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA | PSW_PM_FIXOVF, H_CODE);
    h.cpu.gr[1] = 0x7FFFFFFF;
    h.cpu.gr[2] = 1;
    h_code(&h, H_CODE, "1A12");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_FIXED_OVERFLOW);
    /* completion: result stored, old PSW past the instruction, ILC 2, CC 3 in the old PSW */
    ck_assert_uint_eq(h.cpu.gr[1], 0x80000000);
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE + 2);
    ck_assert_uint_eq(h_ld32(&h, LC_PGM_ILC) >> 16, 2);
    ck_assert_uint_eq((h_ld64(&h, LC_PGM_OLD) >> 44) & 3, 3);
    h_free(&h);
}
END_TEST

START_TEST(unknown_opcode_is_operation_exception)
{
    struct harness h;
    h_init(&h);
    h_code(&h, H_CODE, "0000");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_OPERATION);
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE + 2);
    h_free(&h);
}
END_TEST

START_TEST(privileged_in_problem_state)
{
    struct harness h;
    h_init(&h);
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA | PSW_PROBLEM, H_CODE);
    h_code(&h, H_CODE, "B2B20F00");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_PRIVILEGED);
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE + 4);
    ck_assert_uint_eq(h_ld32(&h, LC_PGM_ILC) >> 16, 4);
    h_free(&h);
}
END_TEST

START_TEST(branch_to_odd_address_is_specification)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[5] = 0x3001;
    h_code(&h, H_CODE, "07F5");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    h_free(&h);
}
END_TEST

START_TEST(modified_code_is_decoded_again)
{
    struct harness h;
    h_init(&h);
    h_code(&h, H_CODE, "A7180007");
    h_run(&h);
    ck_assert_uint_eq(h.cpu.gr[1], 7);
    h_bytes(&h, H_CODE, "A7180009"); /* the same slot, new text */
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA, H_CODE);
    h_run(&h);
    ck_assert_uint_eq(h.cpu.gr[1], 9);
    h_free(&h);
}
END_TEST

START_TEST(instruction_across_page_boundary)
{
    struct harness h;
    h_init(&h);
    /* a 4-byte LHI whose second halfword lies on the next page */
    h_code(&h, 0x2FFE, "A7180042");
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA, 0x2FFE);
    h_run(&h);
    ck_assert(h_ended_normally(&h));
    ck_assert_uint_eq(h.cpu.gr[1], 0x42);
    h_free(&h);
}
END_TEST

START_TEST(invalid_psw_is_specification_at_fetch)
{
    struct harness h;
    h_init(&h);
    /* bit 12 on: an ESA/390-format PSW is invalid in z/Architecture */
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA | PSW_ESA_FORMAT, H_CODE);
    h_code(&h, H_CODE, "0700");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    h_free(&h);
}
END_TEST

START_TEST(disassembly_follows_the_table)
{
    struct insn in;
    char buf[80];
    const uint8_t ar[] = {0x1A, 0x12};
    insn_decode(ar, &in);
    ck_assert_str_eq(insn_disasm(&in, 0, buf, sizeof buf), "AR      1,2");
    const uint8_t brc[] = {0xA7, 0x84, 0xFF, 0xFE};
    insn_decode(brc, &in);
    ck_assert_str_eq(insn_disasm(&in, 0x1000, buf, sizeof buf), "BRC     8,0xFFC");
    const uint8_t lpswe[] = {0xB2, 0xB2, 0x1F, 0x00};
    insn_decode(lpswe, &in);
    ck_assert_str_eq(insn_disasm(&in, 0, buf, sizeof buf), "LPSWE   3840(1)");
}
END_TEST

/* F1: an odd instruction address is a specification exception when the instruction is
 * fetched (PoP, "Specification Exception"), ILC 0, old PSW = the odd address -- also in page 0,
 * where the address once matched the empty fetch cache. */
static void assert_odd_ia_spec(struct harness *h, uint64_t ia)
{
    ck_assert_uint_eq(h_pgm_code(h), PGM_SPECIFICATION);
    ck_assert_uint_eq(h_ld32(h, LC_PGM_ILC) >> 16, 0);
    ck_assert_uint_eq(h_ld64(h, LC_PGM_OLD + 8), ia);
}

START_TEST(odd_address_in_page0_on_a_fresh_cpu)
{
    struct harness h;
    h_init(&h);
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA, 1); /* nothing fetched yet */
    h_run(&h);
    assert_odd_ia_spec(&h, 1);
    h_free(&h);
}
END_TEST

START_TEST(odd_address_in_page0_after_a_fetch_runs_nothing)
{
    struct harness h;
    h_init(&h);
    /* at 0x3001: LHI 5,X'1234' then LPSWE H_END_PSW -- what a stale fetch cache would run */
    h_bytes(&h, 0x3001, "A7591234 B2B20F00");
    /* at 0x3100: LPSWE 0x300, a PSW with key 1 (flushes the TLB) and address 1 */
    h_st64(&h, 0x300, 0x0010000180000000ULL);
    h_st64(&h, 0x308, 1);
    h_bytes(&h, 0x3100, "B2B20300");
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA, 0x3100);
    h_run(&h);
    assert_odd_ia_spec(&h, 1);
    ck_assert_uint_eq(h.cpu.gr[5], 0);
    /* every odd address of page 0 */
    for (uint64_t ia = 3; ia < 0x1000; ia += 0x1F2) {
        cpu_load_psw(&h.cpu, PSW_EA | PSW_BA, 0x3100);
        h_st64(&h, 0x308, ia);
        h_st32(&h, LC_PGM_CODE - 2, 0);
        h_run(&h);
        assert_odd_ia_spec(&h, ia);
    }
    h_free(&h);
}
END_TEST

/* F10: a wait PSW with a must-be-zero bit (here bit 12, or bit 0) is an early specification
 * exception, ILC 0, whose old PSW is the invalid PSW itself -- not a wait (PoP, "Specification
 * Exception"; Hercules 3.13 logs 0006 with old PSW 000A0001 80000000 00004000). */
START_TEST(invalid_wait_psw_is_specification)
{
    static const uint64_t masks[] = {0x000A000180000000ULL, 0x8002000180000000ULL, 0x0102000100000000ULL};
    for (unsigned i = 0; i < sizeof masks / sizeof masks[0]; i++) {
        struct harness h;
        h_init(&h);
        h_st64(&h, 0x300, masks[i]);
        h_st64(&h, 0x308, 0x4000);
        h_code(&h, H_CODE, "B2B20300"); /* LPSWE X'300' */
        h_run(&h);
        ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
        ck_assert_uint_eq(h_ld32(&h, LC_PGM_ILC) >> 16, 0);
        ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD), masks[i]);
        ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), 0x4000);
        h_free(&h);
    }
}
END_TEST

START_TEST(invalid_program_new_psw_loops_within_the_limit)
{
    struct harness h;
    h_init(&h);
    h_st64(&h, LC_PGM_NEW, 0x000A000180000000ULL); /* invalid, and a wait */
    h_code(&h, H_CODE, "0000");
    ck_assert_int_eq(h_run_n(&h, 1000), EXEC_LIMIT);
    h_free(&h);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("exec");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, loop_counts_down);
    tcase_add_test(tc, ar_overflow_sets_cc3_and_interrupts_when_masked);
    tcase_add_test(tc, unknown_opcode_is_operation_exception);
    tcase_add_test(tc, privileged_in_problem_state);
    tcase_add_test(tc, branch_to_odd_address_is_specification);
    tcase_add_test(tc, modified_code_is_decoded_again);
    tcase_add_test(tc, instruction_across_page_boundary);
    tcase_add_test(tc, invalid_psw_is_specification_at_fetch);
    tcase_add_test(tc, disassembly_follows_the_table);
    tcase_add_test(tc, odd_address_in_page0_on_a_fresh_cpu);
    tcase_add_test(tc, odd_address_in_page0_after_a_fetch_runs_nothing);
    tcase_add_test(tc, invalid_wait_psw_is_specification);
    tcase_add_test(tc, invalid_program_new_psw_loops_within_the_limit);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
