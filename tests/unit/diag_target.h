/* A DIAGNOSE test target, the same test on two hypervisors: a virtual machine of the CP
 * (driven one SIE entry at a time, as tests/unit/test_cp.c does) and the bare machine (its
 * CPU 0 run by cpu_run() on the test's thread).  Both have 1 MiB of storage, CPU 0 in the
 * 64-bit supervisor state at T_CODE, a program-new PSW that is a disabled wait at T_PGM_IA,
 * and code placed with t_code() ends with LPSWE of a disabled wait at address 0. */
#ifndef ZSIE_TEST_DIAG_TARGET_H
#define ZSIE_TEST_DIAG_TARGET_H

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "access.h"
#include "cp.h"
#include "diag/diag.h"
#include "exec.h"
#include "interrupt.h"
#include "machine.h"

#define T_CODE 0x2000
#define T_DATA 0x3000
#define T_END_PSW 0xF00
#define T_PGM_IA 0xDEAD0ULL
#define T_PSW_64 0x0000000180000000ULL
#define T_STORAGE (1ULL << 20)

enum t_mode { T_CP, T_BARE };

struct target {
    enum t_mode mode;
    struct cp cp;          /* T_CP */
    struct machine bare;   /* T_BARE */
    struct machine *m;
    FILE *console;
};

static inline struct cpu *t_cpu(struct target *t, unsigned i) { return &t->m->cpus[i].cpu; }
static inline uint8_t *t_mem(struct target *t, uint64_t a) { return t->m->mem.bytes + a; }

static inline void t_init_cpus(struct target *t, unsigned ncpus)
{
    t->console = tmpfile();
    ck_assert_ptr_nonnull(t->console);
    if (t->mode == T_CP) {
        struct vm_spec s = {.storage = T_STORAGE, .ncpus = ncpus, .console_out = t->console, .console_in = -1};
        strcpy(s.id, "TESTVM");
        char err[200];
        ck_assert_int_eq(cp_init(&t->cp, &s, 1, err, sizeof err), 0);
        t->m = &t->cp.vms[0].m;
    } else {
        struct machine_config c = {.storage_size = T_STORAGE, .ncpus = ncpus, .console_out = t->console,
                                   .console_in = -1, .consoles = SCLP_CONSOLE_BOTH};
        ck_assert_int_eq(machine_init(&t->bare, &c), 0);
        t->m = &t->bare;
    }
    st_be64(t_mem(t, LC_PGM_NEW), 0x0002000180000000ULL);
    st_be64(t_mem(t, LC_PGM_NEW + 8), T_PGM_IA);
    st_be64(t_mem(t, T_END_PSW), 0x0002000180000000ULL);
    st_be64(t_mem(t, T_END_PSW + 8), 0);
    struct cpu *c = t_cpu(t, 0);
    c->stopped = false;
    cpu_load_psw(c, T_PSW_64, T_CODE);
}

static inline void t_init(struct target *t, enum t_mode mode)
{
    memset(t, 0, sizeof *t);
    t->mode = mode;
    t_init_cpus(t, 1);
}

static inline void t_free(struct target *t)
{
    if (t->m && t->m->ipl_image)
        unlink(t->m->ipl_image);
    if (t->mode == T_CP)
        cp_free(&t->cp);
    else
        machine_free(&t->bare);
    if (t->console)
        fclose(t->console);
}

/* Hex instruction text at addr, then LPSWE T_END_PSW. */
static inline void t_code(struct target *t, uint64_t addr, const char *hex)
{
    uint8_t *p = t_mem(t, addr);
    for (const char *s = hex; *s;) {
        if (*s == ' ') {
            s++;
            continue;
        }
        unsigned b;
        ck_assert_int_eq(sscanf(s, "%2x", &b), 1);
        *p++ = (uint8_t)b;
        s += 2;
    }
    static const uint8_t lpswe[4] = {0xB2, 0xB2, T_END_PSW >> 8, T_END_PSW & 0xFF};
    memcpy(p, lpswe, 4);
}

/* Run CPU 0 until it waits or stops: the EXEC_* outcome. */
static inline int t_run(struct target *t)
{
    if (t->mode == T_BARE)
        return cpu_run(t_cpu(t, 0));
    struct cp_vcpu *v = &t->cp.vms[0].vcpus[0];
    for (int i = 0; i < 1000; i++) {
        int rc = cp_vcpu_step(v);
        if (rc != CP_DONE)
            return rc;
    }
    return CP_DONE;
}

/* After t_run: the program-interruption code presented, or 0 when the code ended at the
 * disabled wait with address 0. */
static inline unsigned t_pgm(struct target *t)
{
    struct cpu *c = t_cpu(t, 0);
    if (c->psw.ia == T_PGM_IA)
        return ld_be16(t_mem(t, LC_PGM_CODE));
    ck_assert_uint_eq(c->psw.ia, 0);
    return 0;
}

/* The console output so far. */
static inline const char *t_console(struct target *t)
{
    static char buf[4096];
    fflush(t->console);
    long n = ftell(t->console);
    rewind(t->console);
    size_t got = fread(buf, 1, n > 0 && (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1, t->console);
    buf[got] = 0;
    fseek(t->console, 0, SEEK_END);
    return buf;
}

/* Write data to a new temporary file; returns its path (static buffer per slot). */
static inline const char *t_file(unsigned slot, const uint8_t *data, size_t len)
{
    static char path[4][64];
    snprintf(path[slot], sizeof path[slot], "/tmp/zsie_diag_test_XXXXXX");
    int fd = mkstemp(path[slot]);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, data, len), (ssize_t)len);
    close(fd);
    return path[slot];
}

/* A whole run of the image at path on t's mode (a bare machine, or a CP with one VM
 * TESTVM), with ncpus CPUs and a timeout of seconds: it must end idle, no CPU in an error
 * wait; t->m is the machine afterwards, t->console must be open. */
static inline void t_run_image(struct target *t, const char *path, unsigned ncpus, double seconds)
{
    char err[300];
    struct load_result lr;
    if (t->mode == T_BARE) {
        struct machine_config c = {.storage_size = T_STORAGE, .ncpus = ncpus, .timeout = seconds,
                                   .console_out = t->console, .console_in = -1, .consoles = SCLP_CONSOLE_BOTH};
        ck_assert_int_eq(machine_init(&t->bare, &c), 0);
        t->m = &t->bare;
        ck_assert_int_eq(machine_load(t->m, path, NULL, &lr, err, sizeof err), 0);
        enum run_end end;
        ck_assert_int_eq(machine_run(t->m, lr.psw_mask, lr.psw_ia, &end), 0);
        ck_assert_int_eq(end, RUN_IDLE);
    } else {
        struct vm_spec s = {.storage = T_STORAGE, .ncpus = ncpus, .timeout = seconds, .console_out = t->console,
                            .console_in = -1};
        strcpy(s.id, "TESTVM");
        ck_assert_int_eq(cp_init(&t->cp, &s, 1, err, sizeof err), 0);
        t->m = &t->cp.vms[0].m;
        ck_assert_int_eq(vm_load(&t->cp.vms[0], path, NULL, err, sizeof err), 0);
        ck_assert_int_eq(cp_run(&t->cp), 0);
        ck_assert_int_eq(t->cp.vms[0].end, RUN_IDLE);
    }
    ck_assert_ptr_null(machine_error_wait(t->m));
}

#endif
