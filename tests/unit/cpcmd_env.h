/* The environment of the DIAGNOSE X'008' tests (test_diag_cpcmd.c: the DIAGNOSE, its
 * buffer and operands, the run; test_cpcmd_commands.c: the CP commands), on a control program with two virtual machines (a
 * class G user LINUX1 and a class A-G operator OPER) and on the bare machine (a one-VM
 * system, user ZSIE).
 *
 * Expected values:
 * - registers, CC and the buffer rules: z/VM CP Programming Services, DIAGNOSE code X'08'
 *   (Ry flags X'40', length at most 240, Ry = 0 a no-operation, Rx/Ry not 15 nor
 *   consecutive with a buffer, each response line followed by X'15', CC 1 when the
 *   response does not fit); the length in Ry+1 after CC 1 as Linux's cpcmd() uses it
 *   (arch/s390/kernel/cpcmd.c: needed length = buffer length + Ry+1);
 * - responses and completion codes: z/VM CP Commands and Utilities Reference and CP
 *   Messages and Codes (HCPCMD001E Unknown CP command, HCP003E Invalid option, HCP020E
 *   Userid missing or invalid, HCP026E Operand missing or invalid, HCP045E not logged on;
 *   the completion code is the message number);
 * - EBCDIC: code page 037 by hand (the table below), not zsie's converter. */
#ifndef ZSIE_TEST_CPCMD_ENV_H
#define ZSIE_TEST_CPCMD_ENV_H

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "cp.h"
#include "diag/diag.h"
#include "harness.h"
#include "timer.h"

#define CODE 0x2000
#define CMD 0x3000
#define BUF 0x4000
#define PGM_WAIT_IA 0xDEAD0ULL
#define PSW_64 0x0000000180000000ULL

/* ---- EBCDIC 037 by hand ---- */

static inline uint8_t to_ebcdic(char ch)
{
    static const char *const rows[] = {"ABCDEFGHI", "JKLMNOPQR", "STUVWXYZ", "abcdefghi", "jklmnopqr", "stuvwxyz"};
    static const uint8_t first[] = {0xC1, 0xD1, 0xE2, 0x81, 0x91, 0xA2};
    for (unsigned r = 0; r < 6; r++) {
        const char *at = strchr(rows[r], ch);
        if (ch && at)
            return (uint8_t)(first[r] + (at - rows[r]));
    }
    if (ch >= '0' && ch <= '9')
        return (uint8_t)(0xF0 + (ch - '0'));
    static const char sym[] = " .(+*);-/,_:#@'=$";
    static const uint8_t code[] = {0x40, 0x4B, 0x4D, 0x4E, 0x5C, 0x5D, 0x5E, 0x60, 0x61,
                                   0x6B, 0x6D, 0x7A, 0x7B, 0x7C, 0x7D, 0x7E, 0x5B};
    const char *at = strchr(sym, ch);
    if (ch == '\n')
        return 0x15;
    ck_assert_msg(ch && at, "no EBCDIC for '%c'", ch);
    return code[at - sym];
}

static inline char from_ebcdic(uint8_t e)
{
    for (int ch = 1; ch < 128; ch++) {
        if (!strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .(+*);-/,_:#@'=$\n", ch))
            continue;
        if (to_ebcdic((char)ch) == e)
            return (char)ch;
    }
    return '?';
}

/* ---- a CP with two virtual machines ---- */

static struct cp cp __attribute__((unused));
static FILE *consoles[2] __attribute__((unused));

static inline void make_cp(void)
{
    struct vm_spec s[2] = {{.storage = 2ULL << 20, .ncpus = 1, .console_in = -1},
                           {.storage = 1ULL << 20, .ncpus = 2, .console_in = -1}};
    strcpy(s[0].id, "LINUX1");
    strcpy(s[0].classes, "G");
    strcpy(s[1].id, "OPER");
    strcpy(s[1].classes, "ABCDEFG");
    for (int i = 0; i < 2; i++) {
        consoles[i] = tmpfile();
        s[i].console_out = consoles[i];
    }
    char err[200];
    ck_assert_int_eq(cp_init(&cp, s, 2, err, sizeof err), 0);
    for (unsigned v = 0; v < 2; v++) {
        struct vm *vm = &cp.vms[v];
        uint8_t *m = vm->m.mem.bytes;
        st_be64(m + LC_PGM_NEW, 0x0002000180000000ULL);
        st_be64(m + LC_PGM_NEW + 8, PGM_WAIT_IA);
        struct cpu *c = &vm->m.cpus[0].cpu;
        c->stopped = false;
        cpu_load_psw(c, PSW_64, CODE);
        vm->lr.psw_mask = PSW_64;
        vm->lr.psw_ia = CODE;
    }
}

static inline void free_cp(void)
{
    cp_free(&cp);
    for (int i = 0; i < 2; i++) {
        if (consoles[i])
            fclose(consoles[i]);
        consoles[i] = NULL;
    }
}

static inline struct cpu *gcpu(unsigned v) { return &cp.vms[v].m.cpus[0].cpu; }
static inline uint8_t *gmem(unsigned v, uint64_t a) { return cp.vms[v].m.mem.bytes + a; }

/* Place text (ASCII; '\n' separates commands) at addr in EBCDIC. */
static inline size_t put_text(uint8_t *mem, const char *text)
{
    size_t n = strlen(text);
    for (size_t i = 0; i < n; i++)
        mem[i] = to_ebcdic(text[i]);
    return n;
}

static inline void place_diag(uint8_t *mem, const char *hex)
{
    for (unsigned i = 0; hex[i * 2]; i++) {
        unsigned b;
        sscanf(hex + i * 2, "%2x", &b);
        mem[CODE + i] = (uint8_t)b;
    }
}

/* Set up DIAG 2,4,X'008' with the command, a buffer of buflen at BUF (buflen < 0: no buffer). */
static inline void setup(struct cpu *c, uint8_t *mem, const char *cmd, long buflen)
{
    place_diag(mem, "83240008");
    size_t n = put_text(mem + CMD, cmd);
    cpu_load_psw(c, PSW_64, CODE);
    c->gr[2] = CMD;
    c->gr[3] = BUF;
    c->gr[4] = (buflen >= 0 ? 0x40000000u : 0) | (uint32_t)n;
    c->gr[5] = buflen >= 0 ? (uint64_t)buflen : 0x5555;
}

static char response[20000] __attribute__((unused));

/* The response in the buffer, decoded (n bytes). */
static inline const char *decode(const uint8_t *p, size_t n)
{
    ck_assert_uint_lt(n, sizeof response);
    for (size_t i = 0; i < n; i++)
        response[i] = from_ebcdic(p[i]);
    response[n] = 0;
    return response;
}

/* Issue cmd on VM v with a 4 KiB buffer; returns the step's outcome.  On CC 0 the response
 * is in response[]. */
static inline int issue(unsigned v, const char *cmd)
{
    setup(gcpu(v), gmem(v, 0), cmd, 4096);
    int rc = cp_vcpu_step(&cp.vms[v].vcpus[0]);
    if (gcpu(v)->cc == 0 && gcpu(v)->psw.ia == CODE + 4)
        decode(gmem(v, BUF), gcpu(v)->gr[5]);
    else
        response[0] = 0;
    return rc;
}

static inline uint32_t rc_of(unsigned v) { return (uint32_t)gcpu(v)->gr[4]; }

/* The whole console output of VM v so far. */
static inline const char *console_text(unsigned v)
{
    static char text[8192];
    FILE *f = consoles[v];
    fflush(f);
    long pos = ftell(f);
    rewind(f);
    size_t n = fread(text, 1, sizeof text - 1, f);
    text[n] = 0;
    fseek(f, pos, SEEK_SET);
    return text;
}

static inline void expect_pgm(unsigned v, unsigned code)
{
    ck_assert_uint_eq(ld_be16(gmem(v, LC_PGM_CODE)), code);
    ck_assert_uint_eq(ld_be64(gmem(v, LC_PGM_OLD + 8)), CODE + 4);
    ck_assert_uint_eq(gcpu(v)->psw.ia, PGM_WAIT_IA);
}

#endif
