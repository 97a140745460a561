/* Branches: BRANCH ON CONDITION (every mask bit against every CC), the linkage information of
 * BAL/BALR/BAS/BASR/BRAS/BRASL in each addressing mode, BRANCH ON COUNT, BRANCH ON INDEX and
 * BRANCH AND SET MODE.  Expected values are worked out from the PoP (SA22-7832 chapter 7)
 * in the comments. */
#include <stdio.h>

#include "harness.h"

#define MODE24 0ULL
#define MODE31 PSW_BA
#define MODE64 (PSW_EA | PSW_BA)
#define MARK "A7980001" /* LHI 9,1: runs only on the not-taken path */

static void start(struct harness *h, uint64_t mode)
{
    h_init(h);
    cpu_load_psw(&h->cpu, mode, H_CODE);
}

/* The PoP's rule for mask M against condition code c: mask bit 8 >> c. */
static int expect_taken(unsigned mask, unsigned cc)
{
    static const unsigned bit_for_cc[4] = {8, 4, 2, 1};
    return (mask & bit_for_cc[cc]) != 0;
}

/* Place `branch` (which, taken, skips the 4-byte marker) and run to the end with CC cc.
 * Returns 1 if the branch was taken. */
static int run_branch(struct harness *h, const char *branch, unsigned cc)
{
    char hex[64];
    snprintf(hex, sizeof hex, "%s %s", branch, MARK);
    h_code(h, H_CODE, hex);
    h->cpu.cc = (uint8_t)cc;
    ck_assert_int_eq(h_run(h), EXEC_WAIT);
    ck_assert(h_ended_normally(h));
    return h->cpu.gr[9] != 1;
}

START_TEST(bc_family_every_mask_every_cc)
{
    for (unsigned m = 0; m < 16; m++) {
        for (unsigned cc = 0; cc < 4; cc++) {
            struct harness h;
            char hex[32];
            int want = expect_taken(m, cc);

            /* BRC m,*+8: RI offset 4 halfwords = over itself (4) and the marker (4) */
            start(&h, MODE64);
            snprintf(hex, sizeof hex, "A7%X40004", m);
            ck_assert_int_eq(run_branch(&h, hex, cc), want);
            h_free(&h);

            /* BRCL m,*+10: 5 halfwords (6-byte BRCL + marker) */
            start(&h, MODE64);
            snprintf(hex, sizeof hex, "C0%X400000005", m);
            ck_assert_int_eq(run_branch(&h, hex, cc), want);
            h_free(&h);

            /* BC m,8(0,2) with R2 = 0x2000: target 0x2008 */
            start(&h, MODE64);
            h.cpu.gr[2] = H_CODE;
            snprintf(hex, sizeof hex, "47%X02008", m);
            ck_assert_int_eq(run_branch(&h, hex, cc), want);
            h_free(&h);

            /* BCR m,3 with R3 = 0x2006 (2-byte BCR + marker) */
            start(&h, MODE64);
            h.cpu.gr[3] = H_CODE + 6;
            snprintf(hex, sizeof hex, "07%X3", m);
            ck_assert_int_eq(run_branch(&h, hex, cc), want);
            h_free(&h);

            /* BCR m,0 never branches (and BCR 15,0 / 14,0 are serialization only) */
            start(&h, MODE64);
            snprintf(hex, sizeof hex, "07%X0", m);
            ck_assert_int_eq(run_branch(&h, hex, cc), 0);
            h_free(&h);
        }
    }
}
END_TEST

START_TEST(brc_backwards_and_bc_index)
{
    struct harness h;
    /* 0x2000 BRC 15,*+12 -> 0x200C; 0x2004 LHI 9,1; 0x2008 BRC 15,*+8 -> 0x2010 (end);
     * 0x200C BRC 15,*-4 -> 0x2008 (offset -2 halfwords = FFFE) */
    start(&h, MODE64);
    h_code(&h, H_CODE, "A7F40006 A7980001 A7F40004 A7F4FFFE");
    ck_assert_int_eq(h_run(&h), EXEC_WAIT);
    ck_assert(h_ended_normally(&h));
    ck_assert_uint_eq(h.cpu.gr[9], 0);
    h_free(&h);

    /* BC 15,4(2,3): index 2 and base 3 both count: 0x2000 + 4 + 4 = 0x2008 */
    start(&h, MODE64);
    h.cpu.gr[2] = 4;
    h.cpu.gr[3] = H_CODE;
    ck_assert_int_eq(run_branch(&h, "47F23004", 0), 1);
    h_free(&h);
}
END_TEST

/* ---- linkage ---- */

/* BAL 14,8(0,2) at 0x2000 with R2 = 0x2000: link address 0x2004. */
START_TEST(bal_link_24bit_has_ilc_cc_and_program_mask)
{
    struct harness h;
    /* PSW: 24-bit mode, CC 2, program mask 1010 (fixed-point overflow, exponent underflow) */
    start(&h, MODE24 | PSW_PM_FIXOVF | PSW_PM_EXPUND);
    h.cpu.gr[2] = H_CODE;
    h.cpu.gr[14] = 0x1234567800000000ULL;
    /* bits 32-33 ILC 2 = 10, 34-35 CC 1 = 01, 36-39 PM 1010: byte 1001 1010 = 0x9A;
     * bits 40-63: 0x002004 */
    ck_assert_int_eq(run_branch(&h, "45E02008", 1), 1);
    ck_assert_uint_eq(h.cpu.gr[14], 0x123456789A002004ULL);
    h_free(&h);

    /* BALR 14,3 (2 bytes): ILC 1 = 01, CC 3 = 11, PM 1010 -> 0111 1010 = 0x7A; IA 0x2002 */
    start(&h, MODE24 | PSW_PM_FIXOVF | PSW_PM_EXPUND);
    h.cpu.gr[3] = H_CODE + 6;
    h.cpu.gr[14] = 0xFFFFFFFFFFFFFFFFULL;
    ck_assert_int_eq(run_branch(&h, "05E3", 3), 1);
    ck_assert_uint_eq(h.cpu.gr[14], 0xFFFFFFFF7A002002ULL);
    h_free(&h);
}
END_TEST

START_TEST(bal_link_31_and_64bit_is_the_address)
{
    struct harness h;
    start(&h, MODE31 | PSW_PM_FIXOVF);
    h.cpu.gr[2] = H_CODE;
    h.cpu.gr[14] = 0xAAAAAAAA00000000ULL;
    /* 31-bit: bit 32 = 1, bits 33-63 the address; bits 0-31 unchanged */
    ck_assert_int_eq(run_branch(&h, "45E02008", 3), 1);
    ck_assert_uint_eq(h.cpu.gr[14], 0xAAAAAAAA80002004ULL);
    h_free(&h);

    start(&h, MODE64 | PSW_PM_FIXOVF);
    h.cpu.gr[2] = H_CODE;
    h.cpu.gr[14] = 0xAAAAAAAA00000000ULL;
    ck_assert_int_eq(run_branch(&h, "45E02008", 3), 1);
    ck_assert_uint_eq(h.cpu.gr[14], 0x2004);
    h_free(&h);
}
END_TEST

START_TEST(bas_bras_brasl_link_each_mode)
{
    static const struct {
        uint64_t mode;
        uint64_t expect4; /* link after a 4-byte instruction at 0x2000, R14 was all ones */
    } modes[] = {
        {MODE24, 0xFFFFFFFF00002004ULL}, /* bits 32-39 zero */
        {MODE31, 0xFFFFFFFF80002004ULL}, /* bit 32 one */
        {MODE64, 0x2004ULL},
    };
    for (unsigned i = 0; i < 3; i++) {
        struct harness h;
        /* BAS 14,8(0,2) */
        start(&h, modes[i].mode | PSW_PM_SIGNIF);
        h.cpu.gr[2] = H_CODE;
        h.cpu.gr[14] = ~0ULL;
        ck_assert_int_eq(run_branch(&h, "4DE02008", 1), 1);
        ck_assert_uint_eq(h.cpu.gr[14], modes[i].expect4);
        h_free(&h);

        /* BRAS 14,*+8 */
        start(&h, modes[i].mode | PSW_PM_SIGNIF);
        h.cpu.gr[14] = ~0ULL;
        ck_assert_int_eq(run_branch(&h, "A7E50004", 1), 1);
        ck_assert_uint_eq(h.cpu.gr[14], modes[i].expect4);
        h_free(&h);

        /* BRASL 14,*+10: link 0x2006 */
        start(&h, modes[i].mode | PSW_PM_SIGNIF);
        h.cpu.gr[14] = ~0ULL;
        ck_assert_int_eq(run_branch(&h, "C0E500000005", 1), 1);
        ck_assert_uint_eq(h.cpu.gr[14], modes[i].expect4 + 2);
        h_free(&h);

        /* BASR 14,3: link 0x2002 */
        start(&h, modes[i].mode | PSW_PM_SIGNIF);
        h.cpu.gr[3] = H_CODE + 6;
        h.cpu.gr[14] = ~0ULL;
        ck_assert_int_eq(run_branch(&h, "0DE3", 1), 1);
        ck_assert_uint_eq(h.cpu.gr[14], modes[i].expect4 - 2);
        h_free(&h);
    }
}
END_TEST

START_TEST(basr_balr_r2_zero_links_without_branching)
{
    struct harness h;
    start(&h, MODE64);
    ck_assert_int_eq(run_branch(&h, "0DE0", 0), 0);
    ck_assert_uint_eq(h.cpu.gr[14], H_CODE + 2);
    h_free(&h);

    start(&h, MODE64);
    ck_assert_int_eq(run_branch(&h, "05E0", 0), 0);
    ck_assert_uint_eq(h.cpu.gr[14], H_CODE + 2);
    h_free(&h);
}
END_TEST

START_TEST(basr_same_register_branches_to_old_contents)
{
    struct harness h;
    /* BASR 3,3: the target is R3 before the link replaces it */
    start(&h, MODE64);
    h.cpu.gr[3] = H_CODE + 6;
    ck_assert_int_eq(run_branch(&h, "0D33", 0), 1);
    ck_assert_uint_eq(h.cpu.gr[3], H_CODE + 2);
    h_free(&h);

    /* BAS 3,8(0,3) with R3 = 0x2000: the address is formed first -> 0x2008 */
    start(&h, MODE64);
    h.cpu.gr[3] = H_CODE;
    ck_assert_int_eq(run_branch(&h, "4D303008", 0), 1);
    ck_assert_uint_eq(h.cpu.gr[3], H_CODE + 4);
    h_free(&h);
}
END_TEST

/* ---- branch on count ---- */

START_TEST(count_loops_reach_zero)
{
    struct harness h;
    /* 0x2000 LA 2,1(0,2); 0x2004 BRCT 1,*-4 (FFFE) */
    start(&h, MODE64);
    h.cpu.gr[1] = 0xAAAAAAAA00000005ULL;
    h_code(&h, H_CODE, "41202001 A716FFFE");
    ck_assert_int_eq(h_run(&h), EXEC_WAIT);
    ck_assert_uint_eq(h.cpu.gr[2], 5);
    ck_assert_uint_eq(h.cpu.gr[1], 0xAAAAAAAA00000000ULL); /* high word unchanged */
    h_free(&h);

    start(&h, MODE64);
    h.cpu.gr[1] = 3;
    h_code(&h, H_CODE, "41202001 A717FFFE");
    ck_assert_int_eq(h_run(&h), EXEC_WAIT);
    ck_assert_uint_eq(h.cpu.gr[2], 3);
    ck_assert_uint_eq(h.cpu.gr[1], 0);
    h_free(&h);

    /* BCT 1,0(0,3) with R3 = 0x2000; BCTR 1,3; BCTG 1,0(3); BCTGR 1,3 */
    static const char *const loops[] = {"41202001 46103000", "41202001 0613",
                                        "41202001 E31030000046", "41202001 B9460013"};
    for (unsigned i = 0; i < 4; i++) {
        start(&h, MODE64);
        h.cpu.gr[1] = 4;
        h.cpu.gr[3] = H_CODE;
        h_code(&h, H_CODE, loops[i]);
        ck_assert_int_eq(h_run(&h), EXEC_WAIT);
        ck_assert_msg(h.cpu.gr[2] == 4, "loop %u ran %llu times", i, (unsigned long long)h.cpu.gr[2]);
        ck_assert_uint_eq(h.cpu.gr[1], 0);
        h_free(&h);
    }
}
END_TEST

START_TEST(count_from_zero_wraps_and_branches)
{
    struct harness h;
    /* BRCT 1,*+8 with R1 bits 32-63 = 0: 0 - 1 = 0xFFFFFFFF, nonzero -> taken */
    start(&h, MODE64);
    h.cpu.gr[1] = 0x1234567800000000ULL;
    ck_assert_int_eq(run_branch(&h, "A7160004", 0), 1);
    ck_assert_uint_eq(h.cpu.gr[1], 0x12345678FFFFFFFFULL);
    h_free(&h);

    /* BRCTG with 0 -> all ones, taken */
    start(&h, MODE64);
    h.cpu.gr[1] = 0;
    ck_assert_int_eq(run_branch(&h, "A7170004", 0), 1);
    ck_assert_uint_eq(h.cpu.gr[1], ~0ULL);
    h_free(&h);

    /* BRCT with bits 32-63 = 1 but a nonzero high word: the 32-bit result 0 -> not taken */
    start(&h, MODE64);
    h.cpu.gr[1] = 0x0000000100000001ULL;
    ck_assert_int_eq(run_branch(&h, "A7160004", 0), 0);
    ck_assert_uint_eq(h.cpu.gr[1], 0x0000000100000000ULL);
    h_free(&h);

    /* BRCTG with 0x1_00000001: 64-bit result 0x1_00000000 is nonzero -> taken */
    start(&h, MODE64);
    h.cpu.gr[1] = 0x0000000100000001ULL;
    ck_assert_int_eq(run_branch(&h, "A7170004", 0), 1);
    ck_assert_uint_eq(h.cpu.gr[1], 0x0000000100000000ULL);
    h_free(&h);
}
END_TEST

START_TEST(brcth_counts_in_the_high_word)
{
    struct harness h;
    /* BRCTH 1,*+10 (CC16 00000005): bits 0-31 = 2 -> 1, taken; bits 32-63 untouched */
    start(&h, MODE64);
    h.cpu.gr[1] = 0x00000002FFFFFFFFULL;
    ck_assert_int_eq(run_branch(&h, "CC1600000005", 0), 1);
    ck_assert_uint_eq(h.cpu.gr[1], 0x00000001FFFFFFFFULL);
    h_free(&h);

    /* 1 -> 0: not taken, although bits 32-63 are nonzero */
    start(&h, MODE64);
    h.cpu.gr[1] = 0x0000000100000005ULL;
    ck_assert_int_eq(run_branch(&h, "CC1600000005", 0), 0);
    ck_assert_uint_eq(h.cpu.gr[1], 0x0000000000000005ULL);
    h_free(&h);

    /* 0 wraps to 0xFFFFFFFF: taken */
    start(&h, MODE64);
    h.cpu.gr[1] = 0;
    ck_assert_int_eq(run_branch(&h, "CC1600000005", 0), 1);
    ck_assert_uint_eq(h.cpu.gr[1], 0xFFFFFFFF00000000ULL);
    h_free(&h);
}
END_TEST

START_TEST(bctr_r2_zero_counts_without_branching)
{
    struct harness h;
    start(&h, MODE64);
    h.cpu.gr[1] = 7;
    ck_assert_int_eq(run_branch(&h, "0610", 0), 0);
    ck_assert_uint_eq(h.cpu.gr[1], 6);
    h_free(&h);

    start(&h, MODE64);
    h.cpu.gr[1] = 7;
    ck_assert_int_eq(run_branch(&h, "B9460010", 0), 0);
    ck_assert_uint_eq(h.cpu.gr[1], 6);
    h_free(&h);
}
END_TEST

START_TEST(bct_address_formed_before_decrement)
{
    struct harness h;
    /* BCT 3,0(0,3) with R3 = 0x2008: target 0x2008; had the decremented R3 (0x2007) been used,
     * the odd address would give a specification exception */
    start(&h, MODE64);
    h.cpu.gr[3] = H_CODE + 8;
    ck_assert_int_eq(run_branch(&h, "46303000", 0), 1);
    ck_assert_uint_eq(h.cpu.gr[3], H_CODE + 7);
    h_free(&h);
}
END_TEST

/* ---- branch on index ---- */

START_TEST(bxle_loop_with_even_r3)
{
    struct harness h;
    /* loop: LA 4,1(0,4); BXLE 1,2,0(5) with R5 = 0x2000: R2 = increment 1, R3 = limit 4.
     * R1 after each BXLE: 1,2,3,4 (<= 4, taken), 5 (falls through): the body runs 5 times */
    start(&h, MODE64);
    h.cpu.gr[1] = 0;
    h.cpu.gr[2] = 1;
    h.cpu.gr[3] = 4;
    h.cpu.gr[5] = H_CODE;
    h_code(&h, H_CODE, "41404001 87125000");
    ck_assert_int_eq(h_run(&h), EXEC_WAIT);
    ck_assert_uint_eq(h.cpu.gr[4], 5);
    ck_assert_uint_eq(h.cpu.gr[1], 5);
    h_free(&h);

    /* BRXLE 1,2,*-4 (84: RSI, offset FFFE): same count */
    start(&h, MODE64);
    h.cpu.gr[2] = 1;
    h.cpu.gr[3] = 4;
    h_code(&h, H_CODE, "41404001 8512FFFE");
    ck_assert_int_eq(h_run(&h), EXEC_WAIT);
    ck_assert_uint_eq(h.cpu.gr[4], 5);
    h_free(&h);

    /* BRXLG 1,2,*-4 (EC..45, RIE-e) with 64-bit values: limit 0x1_00000001 from 0x1_00000000 */
    start(&h, MODE64);
    h.cpu.gr[1] = 0x100000000ULL;
    h.cpu.gr[2] = 1;
    h.cpu.gr[3] = 0x100000001ULL;
    h_code(&h, H_CODE, "41404001 EC12FFFE0045");
    ck_assert_int_eq(h_run(&h), EXEC_WAIT);
    ck_assert_uint_eq(h.cpu.gr[4], 2); /* R1: 0x1_00000001 (taken), 0x1_00000002 (not) */
    h_free(&h);
}
END_TEST

START_TEST(bxh_odd_r3_is_increment_and_comparand)
{
    struct harness h;
    /* BXH 1,3,8(5): R3 odd, so R3 is both: R1 = 10 + (-1) = 9 > -1 -> taken */
    start(&h, MODE64);
    h.cpu.gr[1] = 10;
    h.cpu.gr[3] = 0xFFFFFFFF;
    h.cpu.gr[5] = H_CODE;
    ck_assert_int_eq(run_branch(&h, "86135008", 0), 1);
    ck_assert_uint_eq(h.cpu.gr[1], 9);
    h_free(&h);

    /* R1 = 0 + (-1) = -1, not > -1 -> not taken; BXLE the opposite */
    start(&h, MODE64);
    h.cpu.gr[1] = 0;
    h.cpu.gr[3] = 0xFFFFFFFF;
    h.cpu.gr[5] = H_CODE;
    ck_assert_int_eq(run_branch(&h, "86135008", 0), 0);
    ck_assert_uint_eq(h.cpu.gr[1], 0xFFFFFFFF);
    h_free(&h);

    start(&h, MODE64);
    h.cpu.gr[1] = 0;
    h.cpu.gr[3] = 0xFFFFFFFF;
    h.cpu.gr[5] = H_CODE;
    ck_assert_int_eq(run_branch(&h, "87135008", 0), 1);
    h_free(&h);
}
END_TEST

START_TEST(bxh_comparand_read_before_r1_changes)
{
    struct harness h;
    /* BXH 3,2,8(5): R3 field 2 is even, so the comparand is R3, which is also R1.
     * sum = 5 + 1 = 6 compared with the old R3 = 5: 6 > 5 -> taken (with the new R3 it
     * would be 6 > 6, not taken) */
    start(&h, MODE64);
    h.cpu.gr[2] = 1;
    h.cpu.gr[3] = 5;
    h.cpu.gr[5] = H_CODE;
    ck_assert_int_eq(run_branch(&h, "86325008", 0), 1);
    ck_assert_uint_eq(h.cpu.gr[3], 6);
    h_free(&h);

    /* the comparison is signed and ignores overflow: 0x7FFFFFFF + 1 = 0x80000000 (negative)
     * is not > 0 -> BXH not taken; high word of R1 unchanged */
    start(&h, MODE64);
    h.cpu.gr[1] = 0x555555557FFFFFFFULL;
    h.cpu.gr[2] = 1;
    h.cpu.gr[3] = 0;
    h.cpu.gr[5] = H_CODE;
    ck_assert_int_eq(run_branch(&h, "86125008", 0), 0);
    ck_assert_uint_eq(h.cpu.gr[1], 0x5555555580000000ULL);
    h_free(&h);

    /* BXHG 1,2,10(5) (6 bytes, so the target is 0x200A): 64-bit: 0x7FFFFFFF + 1 = 0x80000000 > 0 -> taken */
    start(&h, MODE64);
    h.cpu.gr[1] = 0x7FFFFFFF;
    h.cpu.gr[2] = 1;
    h.cpu.gr[3] = 0;
    h.cpu.gr[5] = H_CODE;
    ck_assert_int_eq(run_branch(&h, "EB12500A0044", 0), 1);
    ck_assert_uint_eq(h.cpu.gr[1], 0x80000000ULL);
    h_free(&h);

    /* BXLEG: same operands, 0x80000000 <= 0 is false -> not taken */
    start(&h, MODE64);
    h.cpu.gr[1] = 0x7FFFFFFF;
    h.cpu.gr[2] = 1;
    h.cpu.gr[3] = 0;
    h.cpu.gr[5] = H_CODE;
    ck_assert_int_eq(run_branch(&h, "EB12500A0045", 0), 0);
    h_free(&h);

    /* BRXH 1,2,*+8 and BRXHG 1,2,*+10: 3 + 1 = 4 > 3 -> taken */
    start(&h, MODE64);
    h.cpu.gr[1] = 3;
    h.cpu.gr[2] = 1;
    h.cpu.gr[3] = 3;
    ck_assert_int_eq(run_branch(&h, "84120004", 0), 1);
    h_free(&h);
    start(&h, MODE64);
    h.cpu.gr[1] = 3;
    h.cpu.gr[2] = 1;
    h.cpu.gr[3] = 3;
    ck_assert_int_eq(run_branch(&h, "EC1200050044", 0), 1);
    h_free(&h);
}
END_TEST

/* ---- branch and set mode ---- */

START_TEST(bsm_switches_addressing_mode)
{
    struct harness h;
    /* BSM 0,2 from 64-bit mode, R2 = 0x80002008: bit 63 zero, bit 32 one -> 31-bit mode */
    start(&h, MODE64);
    h.cpu.gr[2] = 0x80002008ULL;
    h_code(&h, H_CODE, "0B02");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.psw.mask & (PSW_EA | PSW_BA), PSW_BA);
    ck_assert_uint_eq(h.cpu.psw.ia, 0x2008);
    h_free(&h);

    /* R2 = 0x7F002008: bit 32 zero -> 24-bit, address bits 40-63 = 0x002008 */
    start(&h, MODE64);
    h.cpu.gr[2] = 0x7F002008ULL;
    h_code(&h, H_CODE, "0B02");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.psw.mask & (PSW_EA | PSW_BA), 0);
    ck_assert_uint_eq(h.cpu.psw.ia, 0x2008);
    h_free(&h);

    /* from 24-bit, R2 = 0x0000000100002009: bit 63 one -> 64-bit, address with bit 63 zero */
    start(&h, MODE24);
    h.cpu.gr[2] = 0x0000000100002009ULL;
    h_code(&h, H_CODE, "0B02");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.psw.mask & (PSW_EA | PSW_BA), PSW_EA | PSW_BA);
    ck_assert_uint_eq(h.cpu.psw.ia, 0x100002008ULL);
    h_free(&h);
}
END_TEST

START_TEST(bsm_records_old_mode_in_r1)
{
    struct harness h;
    /* BSM 1,0 in 64-bit mode: bit 63 of R1 set, nothing else, no branch */
    start(&h, MODE64);
    h.cpu.gr[1] = 0x10;
    ck_assert_int_eq(run_branch(&h, "0B10", 0), 0);
    ck_assert_uint_eq(h.cpu.gr[1], 0x11);
    h_free(&h);

    /* 31-bit mode: bit 32 of R1 = 1, the rest unchanged */
    start(&h, MODE31);
    h.cpu.gr[1] = 0xFFFFFFFF00000000ULL;
    ck_assert_int_eq(run_branch(&h, "0B10", 0), 0);
    ck_assert_uint_eq(h.cpu.gr[1], 0xFFFFFFFF80000000ULL);
    h_free(&h);

    /* 24-bit mode: bit 32 = 0 */
    start(&h, MODE24);
    h.cpu.gr[1] = 0x80000001ULL;
    ck_assert_int_eq(run_branch(&h, "0B10", 0), 0);
    ck_assert_uint_eq(h.cpu.gr[1], 0x00000001ULL);
    h_free(&h);
}
END_TEST

START_TEST(bassm_links_and_switches)
{
    struct harness h;
    /* BASSM 14,2 at 0x2000 in 64-bit mode: R14 = 0x2002 with bit 63 one; to 31-bit 0x2008 */
    start(&h, MODE64);
    h.cpu.gr[2] = 0x80002008ULL;
    h_code(&h, H_CODE, "0CE2");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.gr[14], 0x2003);
    ck_assert_uint_eq(h.cpu.psw.mask & (PSW_EA | PSW_BA), PSW_BA);
    ck_assert_uint_eq(h.cpu.psw.ia, 0x2008);
    h_free(&h);

    /* in 31-bit mode: bit 32 one and the address, high word unchanged; to 64-bit */
    start(&h, MODE31);
    h.cpu.gr[2] = 0x2009;
    h.cpu.gr[14] = 0x1111111100000000ULL;
    h_code(&h, H_CODE, "0CE2");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.gr[14], 0x1111111180002002ULL);
    ck_assert_uint_eq(h.cpu.psw.mask & (PSW_EA | PSW_BA), PSW_EA | PSW_BA);
    ck_assert_uint_eq(h.cpu.psw.ia, 0x2008);
    h_free(&h);

    /* in 24-bit mode, R2 = 0: link only (bit 32 zero), no branch */
    start(&h, MODE24);
    h.cpu.gr[14] = ~0ULL;
    ck_assert_int_eq(run_branch(&h, "0CE0", 0), 0);
    ck_assert_uint_eq(h.cpu.gr[14], 0xFFFFFFFF00002002ULL);
    h_free(&h);
}
END_TEST

/* As the target of EXECUTE the link is the address after the EXECUTE, and BAL's ILC is the
 * EXECUTE's (2 for EX, 3 for EXRL); a relative target is relative to the target itself.
 * (Hercules 3.13, run on the same EX-of-BAL in 24-bit mode, links ILC 2 and the address
 * after the EX; it also agrees on the 24-bit BAL/BALR words and the BXH comparand.) */
START_TEST(link_under_execute)
{
    struct harness h;
    /* 24-bit, CC 2, PM 0001 (significance).  0x2000 EX 0,0(0,3) -> target at 0x3000;
     * 0x2004 marker; 0x2008 end.  Target BAL 14,8(0,2): link ILC 2 (10), CC 2 (10),
     * PM 0001 -> 1010 0001 = 0xA1; address after EX 0x2004 */
    start(&h, MODE24 | PSW_PM_SIGNIF);
    h.cpu.gr[2] = H_CODE;
    h.cpu.gr[3] = 0x3000;
    h_bytes(&h, 0x3000, "45E02008");
    ck_assert_int_eq(run_branch(&h, "44003000", 2), 1);
    ck_assert_uint_eq(h.cpu.gr[14] & 0xFFFFFFFF, 0xA1002004);
    h_free(&h);

    /* target BALR 14,4: still the EXECUTE's ILC 2, not BALR's 1 */
    start(&h, MODE24 | PSW_PM_SIGNIF);
    h.cpu.gr[3] = 0x3000;
    h.cpu.gr[4] = H_CODE + 8;
    h_bytes(&h, 0x3000, "05E4");
    ck_assert_int_eq(run_branch(&h, "44003000", 2), 1);
    ck_assert_uint_eq(h.cpu.gr[14] & 0xFFFFFFFF, 0xA1002004);
    h_free(&h);

    /* EXRL 0,0x3000 (offset 0x800 halfwords), 6 bytes: ILC 3 (11), CC 2, PM 0001 ->
     * 1110 0001 = 0xE1; marker at 0x2006, end at 0x200A */
    start(&h, MODE24 | PSW_PM_SIGNIF);
    h.cpu.gr[4] = H_CODE + 10;
    h_bytes(&h, 0x3000, "05E4");
    ck_assert_int_eq(run_branch(&h, "C60000000800", 2), 1);
    ck_assert_uint_eq(h.cpu.gr[14] & 0xFFFFFFFF, 0xE1002006);
    h_free(&h);

    /* 64-bit: target BRAS 14,0x2008 at 0x3000: offset (0x2008 - 0x3000) / 2 = -0x7FC = F804;
     * link 0x2004 */
    start(&h, MODE64);
    h.cpu.gr[3] = 0x3000;
    h_bytes(&h, 0x3000, "A7E5F804");
    ck_assert_int_eq(run_branch(&h, "44003000", 0), 1);
    ck_assert_uint_eq(h.cpu.gr[14], 0x2004);
    h_free(&h);

    /* target BASR 14,0 does not branch: execution goes on after the EX */
    start(&h, MODE64);
    h.cpu.gr[3] = 0x3000;
    h_bytes(&h, 0x3000, "0DE0");
    ck_assert_int_eq(run_branch(&h, "44003000", 0), 0);
    ck_assert_uint_eq(h.cpu.gr[14], 0x2004);
    h_free(&h);
}
END_TEST

START_TEST(relative_branch_wraps_in_24bit_mode)
{
    struct harness h;
    /* BRC 15,*-0x2004 at 0x2000 in 24-bit mode (-0x1002 halfwords = EFFE): 0x2000 - 0x2004
     * wraps to 0xFFFFFC, beyond the 1 MiB of storage: addressing exception at the fetch, the
     * old PSW holding the wrapped 24-bit address */
    start(&h, MODE24);
    h_code(&h, H_CODE, "A7F4EFFE");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_ADDRESSING);
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), 0xFFFFFC);
    h_free(&h);

    /* the same in 64-bit mode does not wrap: 0xFFFFFFFFFFFFFFFC */
    start(&h, MODE64);
    h_code(&h, H_CODE, "A7F4EFFE");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_ADDRESSING);
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), 0xFFFFFFFFFFFFFFFCULL);
    h_free(&h);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("branch");
    TCase *tc = tcase_create("branch");
    tcase_add_test(tc, bc_family_every_mask_every_cc);
    tcase_add_test(tc, brc_backwards_and_bc_index);
    tcase_add_test(tc, bal_link_24bit_has_ilc_cc_and_program_mask);
    tcase_add_test(tc, bal_link_31_and_64bit_is_the_address);
    tcase_add_test(tc, bas_bras_brasl_link_each_mode);
    tcase_add_test(tc, basr_balr_r2_zero_links_without_branching);
    tcase_add_test(tc, basr_same_register_branches_to_old_contents);
    tcase_add_test(tc, count_loops_reach_zero);
    tcase_add_test(tc, count_from_zero_wraps_and_branches);
    tcase_add_test(tc, brcth_counts_in_the_high_word);
    tcase_add_test(tc, bctr_r2_zero_counts_without_branching);
    tcase_add_test(tc, bct_address_formed_before_decrement);
    tcase_add_test(tc, bxle_loop_with_even_r3);
    tcase_add_test(tc, bxh_odd_r3_is_increment_and_comparand);
    tcase_add_test(tc, bxh_comparand_read_before_r1_changes);
    tcase_add_test(tc, bsm_switches_addressing_mode);
    tcase_add_test(tc, bsm_records_old_mode_in_r1);
    tcase_add_test(tc, bassm_links_and_switches);
    tcase_add_test(tc, link_under_execute);
    tcase_add_test(tc, relative_branch_wraps_in_24bit_mode);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
