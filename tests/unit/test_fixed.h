/* Table-driven single-instruction checks for the fixed-point tests (test_fixed_*.c).
 *
 * Register convention of the cases: R1 = 2, R2 = 3, R3 = 4 (so "ark %r2,%r3,%r4" and the even
 * pair 2/3 of M, D...), base register 5 = the operand address (DATA unless .base says
 * otherwise), index 0.  `mem` and `mem2` are the 16 bytes at the operand address, big-endian.
 * Each case carries its assembler text next to the hex; the hex was produced with
 * s390x-linux-gnu-as + objdump from that text (odd-pair cases, which as refuses, by hand).
 * The expected values were worked out by hand from the PoP and then every case (but the
 * z13/z14 LOCHI, LOCGHI, AGH, SGH) was replayed on Hercules 3.13 under EXECUTE: registers,
 * CC (or the CC in the program old PSW), storage and interruption code all agreed. */
#ifndef ZSIE_TEST_FIXED_H
#define ZSIE_TEST_FIXED_H

#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "harness.h"

#define DATA 0x10000ULL
#define MEM_SIZE 0x100000ULL /* the harness's 1 MiB */
#define CC_SAME (-1)         /* expected CC: unchanged from cc_in */

struct fcase {
    const char *text; /* assembler form, for messages */
    const char *hex;
    uint64_t r2, r3, r4;   /* inputs */
    uint64_t mem, mem2;    /* 16 bytes at the operand address */
    uint64_t base;         /* operand address in GR5 (0 = DATA) */
    uint64_t w2, w3;       /* expected GR2, GR3 (GR3 only with c3) */
    uint64_t wmem;         /* expected first 8 bytes at the operand (only with cmem) */
    int cc;                /* expected CC, or CC_SAME */
    uint8_t cc_in;
    uint8_t pgm;           /* expected program-interruption code, 0 = none */
    bool pm;               /* program-mask bit 20 (fixed-point overflow) on */
    bool c3, cmem;
};

static inline unsigned hex_len(const char *hex)
{
    unsigned n = 0;
    for (; *hex; hex++)
        n += *hex != ' ';
    return n / 2;
}

/* Run one case: the instruction alone, then check registers, CC, storage and (for an
 * interruption) code, ILC, old-PSW address past the instruction and the CC in the old PSW. */
static inline void run_fcase(const struct fcase *c)
{
    struct harness h;
    h_init(&h);
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA | (c->pm ? PSW_PM_FIXOVF : 0), H_CODE);
    h.cpu.cc = c->cc_in;
    uint64_t base = c->base ? c->base : DATA;
    h.cpu.gr[2] = c->r2;
    h.cpu.gr[3] = c->r3;
    h.cpu.gr[4] = c->r4;
    h.cpu.gr[5] = base;
    if (base + 16 <= MEM_SIZE) {
        h_st64(&h, base, c->mem);
        h_st64(&h, base + 8, c->mem2);
    }
    h_code(&h, H_CODE, c->hex);
    unsigned len = hex_len(c->hex);
    /* the master table names the assembler's encoding as the assembler does */
    struct insn in;
    insn_decode(h.mem.bytes + H_CODE, &in);
    size_t mlen = strcspn(c->text, " ");
    ck_assert_msg(in.desc && strlen(in.desc->mnemonic) == mlen && !strncasecmp(in.desc->mnemonic, c->text, mlen),
                  "%s: decodes as %s", c->text, in.desc ? in.desc->mnemonic : "nothing");
    int want_cc = c->cc == CC_SAME ? c->cc_in : c->cc;
    h_run_n(&h, 1);
    if (c->pgm) {
        ck_assert_msg(h_pgm_code(&h) == c->pgm, "%s: program code %u, want %u", c->text, h_pgm_code(&h), c->pgm);
        ck_assert_msg(h_ld64(&h, LC_PGM_OLD + 8) == H_CODE + len, "%s: old PSW address", c->text);
        ck_assert_msg((h_ld32(&h, LC_PGM_ILC) >> 16) == len, "%s: ILC", c->text);
        ck_assert_msg((int)((h_ld64(&h, LC_PGM_OLD) >> 44) & 3) == want_cc, "%s: CC in old PSW %d, want %d", c->text,
                      (int)((h_ld64(&h, LC_PGM_OLD) >> 44) & 3), want_cc);
    } else {
        ck_assert_msg(h_pgm_code(&h) == 0, "%s: unexpected program interruption %u", c->text, h_pgm_code(&h));
        ck_assert_msg(h.cpu.psw.ia == H_CODE + len, "%s: PSW address", c->text);
        ck_assert_msg(h.cpu.cc == want_cc, "%s: CC %d, want %d", c->text, h.cpu.cc, want_cc);
    }
    ck_assert_msg(h.cpu.gr[2] == c->w2, "%s: GR2 %016llx, want %016llx", c->text, (unsigned long long)h.cpu.gr[2],
                  (unsigned long long)c->w2);
    if (c->c3)
        ck_assert_msg(h.cpu.gr[3] == c->w3, "%s: GR3 %016llx, want %016llx", c->text,
                      (unsigned long long)h.cpu.gr[3], (unsigned long long)c->w3);
    else
        ck_assert_msg(h.cpu.gr[3] == c->r3, "%s: GR3 changed", c->text);
    ck_assert_msg(h.cpu.gr[4] == c->r4 && h.cpu.gr[5] == base, "%s: GR4/GR5 changed", c->text);
    if (base + 16 <= MEM_SIZE) {
        uint64_t want_mem = c->cmem ? c->wmem : c->mem;
        ck_assert_msg(h_ld64(&h, base) == want_mem, "%s: storage %016llx, want %016llx", c->text,
                      (unsigned long long)h_ld64(&h, base), (unsigned long long)want_mem);
        ck_assert_msg(h_ld64(&h, base + 8) == c->mem2, "%s: storage +8 changed", c->text);
    }
    h_free(&h);
}

/* One Check loop test over a case table. */
#define FCASE_TEST(name, table)                                                             \
    START_TEST(name) { run_fcase(&(table)[_i]); }                                           \
    END_TEST
#define ADD_FCASES(tc, name, table) tcase_add_loop_test(tc, name, 0, (int)(sizeof(table) / sizeof((table)[0])))

#endif
