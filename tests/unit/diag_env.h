/* One DIAGNOSE at a time, on either run mode, for the tests of the DIAGNOSE families:
 * env_start(DENV_BARE ...) makes a bare machine (the CPU's DIAGNOSE hook, as `zsie machine`
 * serves it), env_start(DENV_CP ...) a control program with virtual machines, CPU 0 of the
 * first driven one SIE entry at a time (the DIAGNOSE interception, as `zsie run` serves it).
 * Either way the program-new PSW is a disabled wait at DENV_PGM_WAIT, so a program
 * interruption is seen in the lowcore. */
#ifndef ZSIE_TEST_DIAG_ENV_H
#define ZSIE_TEST_DIAG_ENV_H

#include <stdio.h>
#include <string.h>

#include "cp.h"
#include "diag/diag.h"
#include "harness.h"
#include "machine.h"

#define DENV_CODE 0x2000
#define DENV_PGM_WAIT 0xDEAD0ULL
#define DENV_PSW_64 0x0000000180000000ULL
#define DENV_PSW_31 0x0000000080000000ULL

enum denv_mode { DENV_BARE, DENV_CP };

static struct {
    enum denv_mode mode;
    struct cp cp;
    struct machine m;
    FILE *console;
} E;

static inline struct machine *env_machine(void)
{
    return E.mode == DENV_CP ? &E.cp.vms[0].m : &E.m;
}
static inline struct cpu *env_cpu(void) { return &env_machine()->cpus[0].cpu; }
static inline struct diag_vm *env_dvm(void) { return &env_machine()->diag; }
/* guest absolute address a, as host memory */
static inline uint8_t *env_mem(uint64_t a) { return env_machine()->mem.bytes + a; }
static inline uint64_t env_size(void) { return env_machine()->mem.size; }
static inline uint8_t *env_key(uint64_t a) { return &env_machine()->mem.keys[a >> PAGE_SHIFT]; }
static inline const char *env_userid(void) { return E.mode == DENV_CP ? "TESTVM" : "ZSIE"; }

/* nvms virtual machines TESTVM, TESTVM2, ... (CP) or the bare machine, storage bytes each. */
static inline void env_start_n(enum denv_mode mode, uint64_t storage, unsigned ncpus, unsigned nvms)
{
    memset(&E, 0, sizeof E);
    E.mode = mode;
    E.console = tmpfile();
    if (mode == DENV_CP) {
        struct vm_spec s[4] = {0};
        for (unsigned i = 0; i < nvms && i < 4; i++) {
            s[i].storage = storage;
            s[i].ncpus = ncpus;
            s[i].console_out = E.console;
            s[i].console_in = -1;
            snprintf(s[i].id, sizeof s[i].id, i ? "TESTVM%u" : "TESTVM", i + 1);
        }
        char err[200];
        ck_assert_int_eq(cp_init(&E.cp, s, nvms, err, sizeof err), 0);
    } else {
        struct machine_config cfg = {.storage_size = storage, .ncpus = ncpus, .console_in = -1,
                                     .console_out = E.console};
        ck_assert_int_eq(machine_init(&E.m, &cfg), 0);
    }
    struct machine *m = env_machine();
    st_be64(m->mem.bytes + LC_PGM_NEW, 0x0002000180000000ULL);
    st_be64(m->mem.bytes + LC_PGM_NEW + 8, DENV_PGM_WAIT);
    for (unsigned i = 0; i < m->ncpus; i++) {
        m->cpus[i].cpu.stopped = false;
        cpu_load_psw(&m->cpus[i].cpu, DENV_PSW_64, DENV_CODE);
    }
}

static inline void env_start(enum denv_mode mode) { env_start_n(mode, 1ULL << 20, 1, 1); }

static inline void env_end(void)
{
    if (E.mode == DENV_CP)
        cp_free(&E.cp);
    else
        machine_free(&E.m);
    if (E.console)
        fclose(E.console);
    E.console = NULL;
}

/* Hex text at absolute addr ("83120010"). */
static inline void env_code(uint64_t addr, const char *hex)
{
    uint8_t *p = env_mem(addr);
    for (const char *s = hex; *s;) {
        if (*s == ' ') {
            s++;
            continue;
        }
        unsigned b;
        sscanf(s, "%2x", &b);
        *p++ = (uint8_t)b;
        s += 2;
    }
}

/* Execute the one instruction at the PSW. */
static inline void env_step(void)
{
    struct cpu *cpu = env_cpu();
    if (E.mode == DENV_CP) {
        ck_assert_int_eq(cp_vcpu_step(&E.cp.vms[0].vcpus[0]), CP_DONE);
    } else {
        cpu->max_insns = cpu->insn_count + 1;
        cpu_run(cpu);
    }
}

/* Place "83 RxRy 0 code" at DENV_CODE, reset the PSW there (64-bit supervisor unless mask
 * says otherwise), run it. */
static inline void env_diag_mask(unsigned rx, unsigned ry, unsigned code, uint64_t mask)
{
    char text[16];
    snprintf(text, sizeof text, "83%X%X%04X", rx, ry, code);
    env_code(DENV_CODE, text);
    uint8_t cc = env_cpu()->cc; /* the test's CC stays: loading the PSW would clear it */
    cpu_load_psw(env_cpu(), mask, DENV_CODE);
    env_cpu()->cc = cc;
    memset(env_mem(LC_PGM_CODE), 0, 2);
    env_step();
}
static inline void env_diag(unsigned rx, unsigned ry, unsigned code) { env_diag_mask(rx, ry, code, DENV_PSW_64); }

/* The program-interruption code presented by the last env_diag (0: none, the PSW is past
 * the DIAGNOSE). */
static inline unsigned env_pgm(void)
{
    if (env_cpu()->psw.ia != DENV_PGM_WAIT) {
        ck_assert_uint_eq(env_cpu()->psw.ia, DENV_CODE + 4);
        return 0;
    }
    ck_assert_uint_eq(ld_be64(env_mem(LC_PGM_OLD + 8)), DENV_CODE + 4); /* suppressed: past it */
    return ld_be16(env_mem(LC_PGM_CODE));
}

static inline const char *env_name(void) { return E.mode == DENV_CP ? "CP" : "bare"; }

/* EBCDIC (code page 037) of s, blank padded to width. */
static inline void env_ebcdic(uint8_t *out, const char *s, unsigned width)
{
    for (unsigned i = 0; i < width; i++) {
        unsigned char c = *s ? (unsigned char)*s++ : ' ';
        static const char up[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        static const uint8_t up_e[] = {0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xC7, 0xC8, 0xC9, 0xD1, 0xD2, 0xD3, 0xD4,
                                       0xD5, 0xD6, 0xD7, 0xD8, 0xD9, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9};
        const char *u = c ? strchr(up, c) : NULL;
        if (u)
            out[i] = up_e[u - up];
        else if (c >= '0' && c <= '9')
            out[i] = (uint8_t)(0xF0 + (c - '0'));
        else if (c == ' ')
            out[i] = 0x40;
        else if (c == '*')
            out[i] = 0x5C;
        else if (c == '/')
            out[i] = 0x61;
        else if (c == ':')
            out[i] = 0x7A;
        else
            out[i] = 0x3F; /* not needed by the tests */
    }
}

#endif
