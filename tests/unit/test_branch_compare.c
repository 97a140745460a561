/* COMPARE AND BRANCH (RELATIVE) and COMPARE AND TRAP, signed and logical, register and
 * immediate.  The M3 mask selects on the comparison result as a BRANCH ON CONDITION mask
 * would on a CC: 8 equal, 4 first operand low, 2 first operand high (PoP chapter 7). */
#include <stdio.h>

#include "harness.h"

#define MARK "A7980001" /* LHI 9,1: runs only when the branch is not taken */

enum rel { EQ = 0, LOW = 1, HIGH = 2 };

static int mask_selects(unsigned m, enum rel r)
{
    static const unsigned bit[3] = {8, 4, 2};
    return (m & bit[r]) != 0;
}

/* Run `text` (6 bytes, branching over the marker when taken) with R1, R2 set; 1 if taken. */
static int taken(const char *text, uint64_t r1, uint64_t r2)
{
    struct harness h;
    char hex[64];
    h_init(&h);
    h.cpu.gr[1] = r1;
    h.cpu.gr[2] = r2;
    h.cpu.gr[3] = H_CODE + 10; /* B4 for the RRS/RIS forms: past the 6-byte insn and marker */
    snprintf(hex, sizeof hex, "%s %s", text, MARK);
    h_code(&h, H_CODE, hex);
    ck_assert_int_eq(h_run(&h), EXEC_WAIT);
    ck_assert(h_ended_normally(&h));
    int t = h.cpu.gr[9] != 1;
    h_free(&h);
    return t;
}

/* Operand pairs and the relation each form sees.  32-bit forms look at bits 32-63 only. */
struct pair {
    uint64_t a, b;
    enum rel s32, u32, s64, u64;
};
static const struct pair pairs[] = {
    {5, 5, EQ, EQ, EQ, EQ},
    /* -1 vs 1: signed low, logical high */
    {0xFFFFFFFFFFFFFFFFULL, 1, LOW, HIGH, LOW, HIGH},
    /* 1 vs -1: signed high, logical low */
    {1, 0xFFFFFFFFFFFFFFFFULL, HIGH, LOW, HIGH, LOW},
    /* equal low words, first has a larger high word: 32-bit equal, 64-bit high */
    {0x0000000100000005ULL, 5, EQ, EQ, HIGH, HIGH},
    /* low word 0x80000000 (negative) vs 0x7FFFFFFF; 64-bit both positive, first high */
    {0x80000000ULL, 0x7FFFFFFFULL, LOW, HIGH, HIGH, HIGH},
};

START_TEST(register_forms_every_mask)
{
    /* CRJ/CGRJ/CLRJ/CLGRJ 1,2,M3,*+10 (RIE-b: EC 1 2 0005 M3 0 op);
     * CRB/CGRB/CLRB/CLGRB 1,2,M3,0(3) (RRS: EC 1 2 3000 M3 0 op) */
    static const struct {
        const char *fmt;
        int which; /* 0 s32, 1 u32, 2 s64, 3 u64 */
    } forms[] = {
        {"EC120005%X076", 0}, {"EC120005%X077", 1}, {"EC120005%X064", 2}, {"EC120005%X065", 3},
        {"EC123000%X0F6", 0}, {"EC123000%X0F7", 1}, {"EC123000%X0E4", 2}, {"EC123000%X0E5", 3},
    };
    for (unsigned f = 0; f < sizeof forms / sizeof forms[0]; f++)
        for (unsigned p = 0; p < sizeof pairs / sizeof pairs[0]; p++)
            for (unsigned m = 0; m < 16; m++) {
                char text[16];
                snprintf(text, sizeof text, forms[f].fmt, m);
                const struct pair *q = &pairs[p];
                enum rel r = forms[f].which == 0 ? q->s32 : forms[f].which == 1 ? q->u32
                           : forms[f].which == 2 ? q->s64 : q->u64;
                ck_assert_msg(taken(text, q->a, q->b) == mask_selects(m, r), "%s pair %u", text, p);
            }
}
END_TEST

START_TEST(immediate_forms)
{
    char text[16];
    /* CIJ 1,-1,M3,*+10 (RIE-c: EC 1 M3 0005 FF 7E): R1 = 1 is high against -1 */
    for (unsigned m = 0; m < 16; m++) {
        snprintf(text, sizeof text, "EC1%X0005FF7E", m);
        ck_assert_int_eq(taken(text, 1, 0), mask_selects(m, HIGH));
        /* CLIJ: I2 = X'FF' is 255 unsigned: 1 is low */
        snprintf(text, sizeof text, "EC1%X0005FF7F", m);
        ck_assert_int_eq(taken(text, 1, 0), mask_selects(m, LOW));
        /* CLIJ: 256 is high against 255 (a sign-extended I2 would make it low) */
        snprintf(text, sizeof text, "EC1%X0005FF7F", m);
        ck_assert_int_eq(taken(text, 0x100, 0), mask_selects(m, HIGH));
        /* CGIJ with R1 = -1 (64-bit) against I2 = -1: equal */
        snprintf(text, sizeof text, "EC1%X0005FF7C", m);
        ck_assert_int_eq(taken(text, ~0ULL, 0), mask_selects(m, EQ));
        /* CLGIJ: 0x1_000000FF against 255: high (a 32-bit compare would say equal) */
        snprintf(text, sizeof text, "EC1%X0005FF7D", m);
        ck_assert_int_eq(taken(text, 0x1000000FFULL, 0), mask_selects(m, HIGH));
        /* CIB/CLIB/CGIB/CLGIB 1,-1,M3,0(3) (RIS: EC 1 M3 3000 FF op) */
        snprintf(text, sizeof text, "EC1%X3000FFFE", m);
        ck_assert_int_eq(taken(text, 0xFFFFFFFEULL, 0), mask_selects(m, LOW)); /* -2 < -1 */
        snprintf(text, sizeof text, "EC1%X3000FFFF", m);
        ck_assert_int_eq(taken(text, 0xFFFFFFFFULL, 0), mask_selects(m, HIGH)); /* 2^32-1 > 255 */
        snprintf(text, sizeof text, "EC1%X3000FFFC", m);
        ck_assert_int_eq(taken(text, 0xFFFFFFFFULL, 0), mask_selects(m, HIGH)); /* 2^32-1 > -1 */
        snprintf(text, sizeof text, "EC1%X3000FFFD", m);
        ck_assert_int_eq(taken(text, 0x100, 0), mask_selects(m, HIGH)); /* 256 > 255 */
        snprintf(text, sizeof text, "EC1%X3000FFFF", m);
        ck_assert_int_eq(taken(text, 0x100, 0), mask_selects(m, HIGH)); /* 256 > 255 */
        snprintf(text, sizeof text, "EC1%X300080FD", m);
        ck_assert_int_eq(taken(text, 0x80, 0), mask_selects(m, EQ)); /* I2 = 128 unsigned */
    }
}
END_TEST

START_TEST(cc_is_left_alone)
{
    /* CRJ 1,2,8,*+10 taken, CGIB 1,0,6,0(3) not taken: the CC stays 3 after each */
    static const char *const texts[] = {"EC1200058076", "EC16300000FC"};
    for (unsigned i = 0; i < 2; i++) {
        struct harness h;
        h_init(&h);
        h.cpu.gr[3] = H_CODE + 10;
        h_code(&h, H_CODE, texts[i]);
        h.cpu.cc = 3;
        ck_assert_int_eq(h_run_n(&h, 1), EXEC_LIMIT);
        ck_assert_uint_eq(h.cpu.cc, 3);
        ck_assert_uint_eq(h.cpu.psw.ia, i == 0 ? H_CODE + 10 : H_CODE + 6);
        h_free(&h);
    }
}
END_TEST

START_TEST(backward_relative_target)
{
    struct harness h;
    h_init(&h);
    /* 0x2000 J 0x200C (offset 6 halfwords)     0x2004 LHI 9,2 (never runs)
     * 0x2008 J 0x2016 (offset 7)               0x200C CIJ 1,0,8,0x2008 (offset -2 = FFFE)
     * 0x2012 LHI 9,1 (not-taken path)          0x2016 epilogue */
    h_code(&h, H_CODE, "A7F40006 A7980002 A7F40007 EC18FFFE007E A7980001");
    h.cpu.gr[1] = 0xFFFFFFFF00000000ULL; /* bits 32-63 are 0: equal */
    ck_assert_int_eq(h_run(&h), EXEC_WAIT);
    ck_assert(h_ended_normally(&h));
    ck_assert_uint_eq(h.cpu.gr[9], 0);
    h_free(&h);
}
END_TEST

/* ---- compare and trap ---- */

static void check_trap(const char *text, unsigned len, uint64_t r1, uint64_t r2, int expect)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[1] = r1;
    h.cpu.gr[2] = r2;
    h_code(&h, H_CODE, text);
    h.cpu.cc = 2;
    h_run(&h);
    if (!expect) {
        ck_assert_msg(h_ended_normally(&h), "%s trapped", text);
    } else {
        /* data exception, DXC X'FF' in byte 0x93, old PSW past the instruction, CC unchanged */
        ck_assert_msg(h_pgm_code(&h) == PGM_DATA, "%s did not trap", text);
        ck_assert_uint_eq(h.mem.bytes[0x93], 0xFF);
        ck_assert_uint_eq((h.cpu.fpc >> 8) & 0xFF, 0xFF); /* AFP on: DXC in FPC byte 2 too */
        ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE + len);
        ck_assert_uint_eq(h_ld32(&h, LC_PGM_ILC) >> 16, len);
        ck_assert_uint_eq((h_ld64(&h, LC_PGM_OLD) >> 44) & 3, 2);
    }
    h_free(&h);
}

START_TEST(trap_forms_every_mask)
{
    char text[16];
    for (unsigned m = 0; m < 16; m++) {
        /* CRT 1,2,M3 (RRF-c: B972 M3 0 1 2): -1 vs 1 signed low */
        snprintf(text, sizeof text, "B972%X012", m);
        check_trap(text, 4, ~0ULL, 1, mask_selects(m, LOW));
        /* CLRT: logical high */
        snprintf(text, sizeof text, "B973%X012", m);
        check_trap(text, 4, ~0ULL, 1, mask_selects(m, HIGH));
        /* CGRT: 0x1_00000005 vs 5 high; CLGRT: equal */
        snprintf(text, sizeof text, "B960%X012", m);
        check_trap(text, 4, 0x100000005ULL, 5, mask_selects(m, HIGH));
        snprintf(text, sizeof text, "B961%X012", m);
        check_trap(text, 4, 7, 7, mask_selects(m, EQ));
        /* CIT 1,-2,M3 (RIE-a: EC10 FFFE M3 0 72): -1 > -2 */
        snprintf(text, sizeof text, "EC10FFFE%X072", m);
        check_trap(text, 6, 0xFFFFFFFFULL, 0, mask_selects(m, HIGH));
        /* CGIT: 64-bit 0xFFFFFFFF (positive) > -2 too; use 0xFFFF...FFFD: low */
        snprintf(text, sizeof text, "EC10FFFE%X070", m);
        check_trap(text, 6, 0xFFFFFFFFFFFFFFFDULL, 0, mask_selects(m, LOW));
        /* CLFIT: I2 X'FFFE' = 65534 unsigned; 65534 equal */
        snprintf(text, sizeof text, "EC10FFFE%X073", m);
        check_trap(text, 6, 0xABCD00000000FFFEULL, 0, mask_selects(m, EQ));
        /* CLGIT: 1 < 65534 */
        snprintf(text, sizeof text, "EC10FFFE%X071", m);
        check_trap(text, 6, 1, 0, mask_selects(m, LOW));
    }
}
END_TEST

START_TEST(clt_compares_with_storage)
{
    struct harness h;
    /* CLT 1,M3,0(2) (RSY-b: EB 1 M3 2000 00 23); storage word at 0x3000 = 0x80000000 */
    h_init(&h);
    h_st32(&h, 0x3000, 0x80000000u);
    h.cpu.gr[1] = 0x7FFFFFFF; /* logically low */
    h.cpu.gr[2] = 0x3000;
    h_code(&h, H_CODE, "EB1420000023");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_DATA);
    ck_assert_uint_eq(h.mem.bytes[0x93], 0xFF);
    h_free(&h);

    /* CLGT 1,8,0(2): doubleword 0x7FFFFFFF vs same: equal, mask 8 traps; mask 6 does not */
    h_init(&h);
    h_st64(&h, 0x3000, 0x7FFFFFFF);
    h.cpu.gr[1] = 0x7FFFFFFF;
    h.cpu.gr[2] = 0x3000;
    h_code(&h, H_CODE, "EB162000002B");
    h_run(&h);
    ck_assert(h_ended_normally(&h));
    h_free(&h);

    /* operand beyond storage: addressing exception, whatever the mask */
    h_init(&h);
    h.cpu.gr[2] = 0x7FFFF000;
    h_code(&h, H_CODE, "EB102000002B");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_ADDRESSING);
    h_free(&h);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("compare_branch");
    TCase *tc = tcase_create("compare_branch");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, register_forms_every_mask);
    tcase_add_test(tc, immediate_forms);
    tcase_add_test(tc, cc_is_left_alone);
    tcase_add_test(tc, backward_relative_target);
    tcase_add_test(tc, trap_forms_every_mask);
    tcase_add_test(tc, clt_compares_with_storage);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
