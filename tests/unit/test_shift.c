/* Shifts: logical and arithmetic, single and double, 32/64-bit and distinct operands; the
 * arithmetic-left overflow rule (CC 3, fixed-point-overflow interruption after completion
 * when the program mask bit is one) and the even/odd pair specification exception.
 * Expected values are worked out by hand in the comments, several also with the host's own
 * shift operators where the operation is plain C arithmetic. */
#include <stdio.h>

#include "harness.h"

/* Run `text` (one instruction) and stop after it, so the CC stays observable. */
static void run1(struct harness *h, const char *text)
{
    h_code(h, H_CODE, text);
    ck_assert_int_eq(h_run_n(h, 1), EXEC_LIMIT);
}

START_TEST(logical_single_32)
{
    struct harness h;
    h_init(&h);
    h.cpu.cc = 3;
    h.cpu.gr[1] = 0xAAAAAAAA80000001ULL;
    /* SLL 1,1(0): bits 32-63 0x80000001 << 1 = 0x00000002; high word unchanged; CC unchanged */
    run1(&h, "89100001");
    ck_assert_uint_eq(h.cpu.gr[1], 0xAAAAAAAA00000002ULL);
    ck_assert_uint_eq(h.cpu.cc, 3);
    h_free(&h);

    /* SRL 1,0(2) with R2 = 0x1043: the amount is the low 6 bits of the address: 3 */
    h_init(&h);
    h.cpu.gr[1] = 0x80000000;
    h.cpu.gr[2] = 0x1043;
    run1(&h, "88102000");
    ck_assert_uint_eq(h.cpu.gr[1], 0x10000000);
    h_free(&h);

    /* SLL by 32..63 clears the word (the host's 64-bit shift of the zero-extended word) */
    h_init(&h);
    h.cpu.gr[1] = 0x12345678FFFFFFFFULL;
    run1(&h, "89100020");
    ck_assert_uint_eq(h.cpu.gr[1], 0x1234567800000000ULL);
    h_free(&h);

    /* SRL by 63 */
    h_init(&h);
    h.cpu.gr[1] = 0xFFFFFFFF;
    run1(&h, "8810003F");
    ck_assert_uint_eq(h.cpu.gr[1], 0);
    h_free(&h);
}
END_TEST

struct sla_case {
    uint32_t in;
    unsigned n;
    uint32_t out;
    unsigned cc;
};

START_TEST(sla_results_and_cc)
{
    static const struct sla_case cases[] = {
        {0x00000001, 3, 0x00000008, 2},
        {0x40000000, 1, 0x00000000, 3},  /* a 1 leaves bit 1, unlike the sign 0: overflow */
        {0xFFFFFFFF, 4, 0xFFFFFFF0, 1},  /* ones shifted out match the sign */
        {0xC0000000, 1, 0x80000000, 1},  /* bit 1 (= 1) leaves, like the sign */
        {0x80000000, 1, 0x80000000, 3},  /* bit 1 (= 0) leaves, unlike the sign 1 */
        {0x00000001, 63, 0x00000000, 3}, /* every numeric bit leaves */
        {0xFFFFFFFF, 31, 0x80000000, 1}, /* 31 ones leave, like the sign: no overflow */
        {0xFFFFFFFF, 32, 0x80000000, 3}, /* the 32nd bit out is a zero shifted in: overflow */
        {0xFFFFFFFF, 63, 0x80000000, 3}, /* (Hercules 3.13 agrees on both) */
        {0x80000000, 40, 0x80000000, 3},
        {0x00000000, 40, 0x00000000, 0},
        {0x3FFFFFFF, 1, 0x7FFFFFFE, 2},
    };
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct harness h;
        char text[16];
        h_init(&h);
        h.cpu.gr[1] = 0x5555555500000000ULL | cases[i].in;
        snprintf(text, sizeof text, "8B1000%02X", cases[i].n);
        run1(&h, text);
        ck_assert_msg(h.cpu.gr[1] == (0x5555555500000000ULL | cases[i].out), "SLA case %u", i);
        ck_assert_msg(h.cpu.cc == cases[i].cc, "SLA case %u cc %u", i, h.cpu.cc);
        h_free(&h);

        /* SLAK 2,1,n: same result into R2, R1 untouched */
        h_init(&h);
        h.cpu.gr[1] = cases[i].in;
        h.cpu.gr[2] = 0x7777777700000000ULL;
        snprintf(text, sizeof text, "EB210%03X00DD", cases[i].n);
        run1(&h, text);
        ck_assert_msg(h.cpu.gr[2] == (0x7777777700000000ULL | cases[i].out), "SLAK case %u", i);
        ck_assert_uint_eq(h.cpu.gr[1], cases[i].in);
        ck_assert_uint_eq(h.cpu.cc, cases[i].cc);
        h_free(&h);
    }
}
END_TEST

START_TEST(sla_overflow_interrupts_when_masked)
{
    struct harness h;
    h_init(&h);
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA | PSW_PM_FIXOVF, H_CODE);
    h.cpu.gr[1] = 0x40000000;
    h_code(&h, H_CODE, "8B100001");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_FIXED_OVERFLOW);
    /* completed: result stored, CC 3 in the old PSW, which points past the SLA; ILC 4 */
    ck_assert_uint_eq(h.cpu.gr[1], 0);
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE + 4);
    ck_assert_uint_eq(h_ld32(&h, LC_PGM_ILC) >> 16, 4);
    ck_assert_uint_eq((h_ld64(&h, LC_PGM_OLD) >> 44) & 3, 3);
    h_free(&h);

    /* SLAG with the mask: 0x4000000000000000 << 1 overflows (6-byte instruction) */
    h_init(&h);
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA | PSW_PM_FIXOVF, H_CODE);
    h.cpu.gr[3] = 0x4000000000000000ULL;
    h_code(&h, H_CODE, "EB130001000B");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_FIXED_OVERFLOW);
    ck_assert_uint_eq(h.cpu.gr[1], 0);
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE + 6);
    ck_assert_uint_eq(h_ld32(&h, LC_PGM_ILC) >> 16, 6);
    h_free(&h);

    /* mask off: no interruption, just CC 3 */
    h_init(&h);
    h.cpu.gr[3] = 0x4000000000000000ULL;
    run1(&h, "EB130001000B");
    ck_assert_uint_eq(h.cpu.cc, 3);
    ck_assert_uint_eq(h.cpu.gr[1], 0);
    h_free(&h);
}
END_TEST

START_TEST(sra_and_srak)
{
    struct harness h;
    /* SRA 1,31: 0x80000000 -> all ones, CC 1 */
    h_init(&h);
    h.cpu.gr[1] = 0x1111111180000000ULL;
    run1(&h, "8A10001F");
    ck_assert_uint_eq(h.cpu.gr[1], 0x11111111FFFFFFFFULL);
    ck_assert_uint_eq(h.cpu.cc, 1);
    h_free(&h);

    /* SRA by 40 of a positive word: 0, CC 0 */
    h_init(&h);
    h.cpu.gr[1] = 0x7FFFFFFF;
    run1(&h, "8A100028");
    ck_assert_uint_eq(h.cpu.gr[1], 0);
    ck_assert_uint_eq(h.cpu.cc, 0);
    h_free(&h);

    /* SRAK 2,1,4: -256 >> 4 = -16 = 0xFFFFFFF0 (host: (int32_t)-256 >> 4) */
    h_init(&h);
    h.cpu.gr[1] = (uint32_t)-256;
    run1(&h, "EB21000400DC");
    ck_assert_uint_eq(h.cpu.gr[2], (uint32_t)(-256 >> 4));
    ck_assert_uint_eq(h.cpu.gr[2], 0xFFFFFFF0);
    ck_assert_uint_eq(h.cpu.cc, 1);
    h_free(&h);

    /* SRAG 1,3,8: 0x7F00000000000000 >> 8 = 0x007F000000000000, CC 2 */
    h_init(&h);
    h.cpu.gr[3] = 0x7F00000000000000ULL;
    run1(&h, "EB130008000A");
    ck_assert_uint_eq(h.cpu.gr[1], 0x007F000000000000ULL);
    ck_assert_uint_eq(h.cpu.cc, 2);
    h_free(&h);

    /* SRAG by 63 of a negative: -1 */
    h_init(&h);
    h.cpu.gr[3] = 0x8000000000000000ULL;
    run1(&h, "EB13003F000A");
    ck_assert_uint_eq(h.cpu.gr[1], ~0ULL);
    ck_assert_uint_eq(h.cpu.cc, 1);
    h_free(&h);
}
END_TEST

START_TEST(logical_64_and_distinct)
{
    struct harness h;
    /* SLLG 1,3,4 and SRLG 1,3,60 */
    h_init(&h);
    h.cpu.gr[3] = 0xF123456789ABCDEFULL;
    run1(&h, "EB130004000D");
    ck_assert_uint_eq(h.cpu.gr[1], 0x123456789ABCDEF0ULL);
    ck_assert_uint_eq(h.cpu.gr[3], 0xF123456789ABCDEFULL);
    h_free(&h);

    h_init(&h);
    h.cpu.gr[3] = 0xF123456789ABCDEFULL;
    run1(&h, "EB13003C000C");
    ck_assert_uint_eq(h.cpu.gr[1], 0xF);
    h_free(&h);

    /* SLLK 1,3,8 / SRLK 1,3,8: bits 32-63 of R3 into bits 32-63 of R1 */
    h_init(&h);
    h.cpu.gr[1] = 0xAAAAAAAA00000000ULL;
    h.cpu.gr[3] = 0xBBBBBBBB12345678ULL;
    run1(&h, "EB13000800DF");
    ck_assert_uint_eq(h.cpu.gr[1], 0xAAAAAAAA34567800ULL);
    h_free(&h);

    h_init(&h);
    h.cpu.gr[1] = 0xAAAAAAAA00000000ULL;
    h.cpu.gr[3] = 0xBBBBBBBB12345678ULL;
    run1(&h, "EB13000800DE");
    ck_assert_uint_eq(h.cpu.gr[1], 0xAAAAAAAA00123456ULL);
    h_free(&h);

    /* the 20-bit displacement is signed: SLLG 1,3,-1(0) -> amount 63 */
    h_init(&h);
    h.cpu.gr[3] = 1;
    run1(&h, "EB130FFFFF0D");
    ck_assert_uint_eq(h.cpu.gr[1], 0x8000000000000000ULL);
    h_free(&h);
}
END_TEST

START_TEST(double_shifts)
{
    struct harness h;
    /* SLDL 2,8: pair 0x12345678:9ABCDEF0 << 8 = 0x3456789A:BCDEF000, high words kept */
    h_init(&h);
    h.cpu.gr[2] = 0x1111111112345678ULL;
    h.cpu.gr[3] = 0x222222229ABCDEF0ULL;
    run1(&h, "8D200008");
    ck_assert_uint_eq(h.cpu.gr[2], 0x111111113456789AULL);
    ck_assert_uint_eq(h.cpu.gr[3], 0x22222222BCDEF000ULL);
    h_free(&h);

    /* SRDL 2,36: 0x12345678_9ABCDEF0 >> 36 = 0x00000000_01234567 */
    h_init(&h);
    h.cpu.gr[2] = 0x12345678;
    h.cpu.gr[3] = 0x9ABCDEF0;
    run1(&h, "8C200024");
    ck_assert_uint_eq(h.cpu.gr[2], 0);
    ck_assert_uint_eq(h.cpu.gr[3], 0x01234567);
    h_free(&h);

    /* SRDA 2,4: 0x80000000_00000000 >> 4 = 0xF8000000_00000000, CC 1 */
    h_init(&h);
    h.cpu.gr[2] = 0x80000000;
    h.cpu.gr[3] = 0x0000000F;
    run1(&h, "8E200004");
    ck_assert_uint_eq(h.cpu.gr[2], 0xF8000000);
    ck_assert_uint_eq(h.cpu.gr[3], 0x00000000);
    ck_assert_uint_eq(h.cpu.cc, 1);
    h_free(&h);

    /* SLDA 2,1: 0x00000000_80000000 << 1 = 0x00000001_00000000, no overflow, CC 2 */
    h_init(&h);
    h.cpu.gr[2] = 0;
    h.cpu.gr[3] = 0x80000000;
    run1(&h, "8F200001");
    ck_assert_uint_eq(h.cpu.gr[2], 1);
    ck_assert_uint_eq(h.cpu.gr[3], 0);
    ck_assert_uint_eq(h.cpu.cc, 2);
    h_free(&h);

    /* SLDA 2,1: 0x40000000_00000000 -> overflow, numeric result 0, CC 3 */
    h_init(&h);
    h.cpu.gr[2] = 0x40000000;
    h.cpu.gr[3] = 0;
    run1(&h, "8F200001");
    ck_assert_uint_eq(h.cpu.gr[2], 0);
    ck_assert_uint_eq(h.cpu.cc, 3);
    h_free(&h);

    /* SRDA of zero: CC 0 */
    h_init(&h);
    run1(&h, "8E200004");
    ck_assert_uint_eq(h.cpu.cc, 0);
    h_free(&h);
}
END_TEST

START_TEST(double_shift_odd_r1_is_specification)
{
    static const char *const texts[] = {"8F300001", "8E300001", "8D300001", "8C300001"};
    for (unsigned i = 0; i < 4; i++) {
        struct harness h;
        h_init(&h);
        h.cpu.gr[3] = 0x12345678;
        h.cpu.gr[4] = 0x9ABCDEF0;
        h.cpu.cc = 2;
        h_code(&h, H_CODE, texts[i]);
        h_run(&h);
        ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
        /* suppressed: registers and CC unchanged, old PSW past the instruction, ILC 4 */
        ck_assert_uint_eq(h.cpu.gr[3], 0x12345678);
        ck_assert_uint_eq(h.cpu.gr[4], 0x9ABCDEF0);
        ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE + 4);
        ck_assert_uint_eq(h_ld32(&h, LC_PGM_ILC) >> 16, 4);
        ck_assert_uint_eq((h_ld64(&h, LC_PGM_OLD) >> 44) & 3, 2);
        h_free(&h);
    }
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("shift");
    TCase *tc = tcase_create("shift");
    tcase_add_test(tc, logical_single_32);
    tcase_add_test(tc, sla_results_and_cc);
    tcase_add_test(tc, sla_overflow_interrupts_when_masked);
    tcase_add_test(tc, sra_and_srak);
    tcase_add_test(tc, logical_64_and_distinct);
    tcase_add_test(tc, double_shifts);
    tcase_add_test(tc, double_shift_odd_r1_is_specification);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
