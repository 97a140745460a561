/* F5: MOVE WITH KEY, MOVE TO PRIMARY, MOVE TO SECONDARY (PoP chapter 10).  Expected values by
 * hand from the PoP: at most 256 bytes move (CC 3 beyond, CC 0 otherwise), the source (MVCK,
 * MVCP) or destination (MVCS) is accessed with the key in R3 bits 56-59, which in the problem
 * state the PSW-key mask (CR3 bits 32-47) must allow; MVCP/MVCS need DAT on, CR0 bit 37 and
 * the primary- or secondary-space mode. */
#include <string.h>

#include "harness.h"

#define SRC 0x5000
#define DST 0x6000
#define CR0_SSC (1ULL << (63 - 37))

static void fill(struct harness *h)
{
    for (int i = 0; i < 512; i++)
        h->mem.bytes[SRC + i] = (uint8_t)(i * 7 + 1);
    /* the source block: key 3, fetch protected */
    h->mem.keys[SRC >> PAGE_SHIFT] = 0x38;
}

START_TEST(mvck_moves_with_the_r3_key)
{
    struct harness h;
    h_init(&h);
    fill(&h);
    h.mem.keys[DST >> PAGE_SHIFT] = 0x50; /* the destination: the PSW key's block */
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA | (5ULL << PSW_KEY_SHIFT), H_CODE);
    h.cpu.gr[1] = 16;
    h.cpu.gr[3] = 0x30; /* key 3 */
    h.cpu.gr[5] = DST;
    h.cpu.gr[6] = SRC;
    /* MVCK 0(1,5),0(6),3 */
    h_code(&h, H_CODE, "D91350006000");
    ck_assert_int_eq(h_run_n(&h, 1), EXEC_LIMIT);
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_int_eq(memcmp(h.mem.bytes + DST, h.mem.bytes + SRC, 16), 0);
    ck_assert_uint_eq(h.mem.bytes[DST + 16], 0);
    h_free(&h);

    /* a true length over 256: 256 bytes, CC 3 */
    h_init(&h);
    fill(&h);
    h.cpu.gr[1] = 300;
    h.cpu.gr[3] = 0x30;
    h.cpu.gr[5] = DST;
    h.cpu.gr[6] = SRC;
    h_code(&h, H_CODE, "D91350006000");
    ck_assert_int_eq(h_run_n(&h, 1), EXEC_LIMIT);
    ck_assert_uint_eq(h.cpu.cc, 3);
    ck_assert_int_eq(memcmp(h.mem.bytes + DST, h.mem.bytes + SRC, 256), 0);
    ck_assert_uint_eq(h.mem.bytes[DST + 256], 0);
    h_free(&h);

    /* with the PSW key (5) instead: the fetch-protected source is a protection exception */
    h_init(&h);
    fill(&h);
    h.mem.keys[DST >> PAGE_SHIFT] = 0x50;
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA | (5ULL << PSW_KEY_SHIFT), H_CODE);
    h.cpu.gr[1] = 16;
    h.cpu.gr[3] = 0x50;
    h.cpu.gr[5] = DST;
    h.cpu.gr[6] = SRC;
    h_code(&h, H_CODE, "D91350006000");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_PROTECTION);
    ck_assert_uint_eq(h.mem.bytes[DST], 0);
    h_free(&h);
}
END_TEST

START_TEST(mvck_problem_state_key_mask)
{
    for (int allowed = 0; allowed < 2; allowed++) {
        struct harness h;
        h_init(&h);
        fill(&h);
        h.mem.keys[DST >> PAGE_SHIFT] = 0x80; /* key 8: the PSW key's block */
        h.cpu.cr[3] = allowed ? 1ULL << (31 - 3) : 1ULL << (31 - 8); /* PKM: key 3, or key 8 only */
        cpu_load_psw(&h.cpu, PSW_EA | PSW_BA | PSW_PROBLEM | (8ULL << PSW_KEY_SHIFT), H_CODE);
        h.cpu.gr[1] = 8;
        h.cpu.gr[3] = 0x30;
        h.cpu.gr[5] = DST;
        h.cpu.gr[6] = SRC;
        h_code(&h, H_CODE, "D91350006000");
        if (allowed) {
            ck_assert_int_eq(h_run_n(&h, 1), EXEC_LIMIT);
            ck_assert_int_eq(memcmp(h.mem.bytes + DST, h.mem.bytes + SRC, 8), 0);
        } else {
            h_run(&h);
            ck_assert_uint_eq(h_pgm_code(&h), PGM_PRIVILEGED);
        }
        h_free(&h);
    }
}
END_TEST

START_TEST(mvcp_mvcs_conditions)
{
    /* MVCP 0(1,5),0(6),3 = DA13 5000 6000; MVCS = DB13 5000 6000; real-space ASCEs make both
     * spaces the identity */
    static const char *const text[2] = {"DA1350006000", "DB1350006000"};
    for (int op = 0; op < 2; op++) {
        struct harness h;
        /* DAT off; then CR0 bit 37 zero; then the home-space mode: special operation */
        for (int c = 0; c < 3; c++) {
            h_init(&h);
            h.cpu.cr[0] |= c == 1 ? 0 : CR0_SSC;
            h.cpu.cr[1] = h.cpu.cr[7] = h.cpu.cr[13] = 0x20;
            uint64_t m = PSW_EA | PSW_BA | (c ? PSW_DAT : 0) | (c == 2 ? 3ULL << PSW_ASC_SHIFT : 0);
            cpu_load_psw(&h.cpu, m, H_CODE);
            h.cpu.gr[1] = 4;
            h.cpu.gr[5] = DST;
            h.cpu.gr[6] = SRC;
            h_code(&h, H_CODE, text[op]);
            h_run(&h);
            ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIAL_OPERATION);
            h_free(&h);
        }
        /* all conditions met: the bytes move, CC 0; in the secondary-space mode too */
        for (int sec = 0; sec < 2; sec++) {
            h_init(&h);
            fill(&h);
            h.mem.keys[SRC >> PAGE_SHIFT] = 0;
            h.cpu.cr[0] |= CR0_SSC;
            h.cpu.cr[1] = h.cpu.cr[7] = 0x20;
            cpu_load_psw(&h.cpu, PSW_EA | PSW_BA | PSW_DAT | (sec ? 2ULL << PSW_ASC_SHIFT : 0), H_CODE);
            h.cpu.gr[1] = 40;
            h.cpu.gr[3] = 0;
            h.cpu.gr[5] = DST;
            h.cpu.gr[6] = SRC;
            h_code(&h, H_CODE, text[op]);
            ck_assert_int_eq(h_run_n(&h, 1), EXEC_LIMIT);
            ck_assert_uint_eq(h.cpu.cc, 0);
            ck_assert_int_eq(memcmp(h.mem.bytes + DST, h.mem.bytes + SRC, 40), 0);
            ck_assert_uint_eq(h.mem.bytes[DST + 40], 0);
            h_free(&h);
        }
    }
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("keymove");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, mvck_moves_with_the_r3_key);
    tcase_add_test(tc, mvck_problem_state_key_mask);
    tcase_add_test(tc, mvcp_mvcs_conditions);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
