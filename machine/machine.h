/* The bare machine: a configuration of N CPUs sharing one absolute storage, each CPU on its
 * own host thread, with the service-call logical processor (SCLP, sclp.c) and the
 * signal-processor orders (SIGP, sigp.c) that the CPUs reach through struct cpu_hooks.
 * Everything lives in struct machine, which the caller owns: there is no global state. */
#ifndef ZSIE_MACHINE_H
#define ZSIE_MACHINE_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "console.h"
#include "cpu.h"
#include "diag/diag.h"
#include "loader.h"
#include "sclp.h"
#include "storage.h"

#define MACHINE_MAX_CPUS 64

/* Where a CPU stands, as the other CPUs and the run controller see it.  Changed only with
 * machine.lock held; a CPU thread sets MS_RUNNING before it leaves the lock to execute. */
enum mcpu_state {
    MS_STOPPED,  /* stopped state (PoP "stopped"): waits for SIGP start/restart */
    MS_RUNNING,  /* operating, executing instructions (or about to) */
    MS_WAIT,     /* operating, in an enabled wait: sleeps until an interruption can be taken */
    MS_DWAIT,    /* operating, in a disabled wait: nothing but a SIGP can change it */
};

/* A SIGP order the target CPU's own thread carries out once it has stopped (its registers
 * must not change under its running thread). */
enum mcpu_order {
    ORD_NONE,
    ORD_STOP,            /* stop only */
    ORD_STOP_STORE,      /* stop and store status */
    ORD_CPU_RESET,       /* CPU reset */
    ORD_INITIAL_RESET,   /* initial CPU reset */
};

struct machine;

struct mcpu {
    struct cpu cpu;
    struct machine *m;
    pthread_t thread;
    bool thread_started;
    pthread_cond_t cond;      /* the CPU thread sleeps here when stopped or waiting */
    enum mcpu_state state;
    enum mcpu_order order;    /* posted by SIGP while the target was operating */
    uint64_t cpu_time_us;     /* host CPU time of its thread, when the thread ended */
};

/* The outcome of a run. */
enum run_end {
    RUN_IDLE,     /* every CPU is stopped or in a disabled wait */
    RUN_LIMIT,    /* a CPU reached --max-insns */
    RUN_TIMEOUT,  /* --timeout elapsed */
    RUN_LOGOFF,   /* the virtual machine logged off (CP LOGOFF, FORCE or SHUTDOWN: DIAGNOSE X'008') */
};

struct machine_config {
    uint64_t storage_size; /* bytes, a multiple of 4 KiB */
    unsigned ncpus;        /* 1..MACHINE_MAX_CPUS */
    uint64_t max_insns;    /* per CPU; 0 = unbounded */
    double timeout;        /* seconds; 0 = none */
    int trace;             /* TRACE_* flags */
    FILE *trace_out;
    FILE *console_out;     /* guest console output (stdout) */
    int console_in;        /* file descriptor for console input, -1 = none */
    enum sclp_console consoles; /* which SCLP consoles exist (default: both) */
    /* For a control program that runs the configuration as a virtual machine (cp/): */
    struct storage *storage_window; /* use this storage (owned by the caller) instead of allocating */
    int (*run_cpu)(struct mcpu *mc, void *ctx); /* runs a CPU instead of cpu_run(); EXEC_* outcomes */
    void *run_ctx;
    const char *console_prefix;     /* put before every console output line (NULL: nothing) */
    bool console_raw;               /* guest control bytes unescaped (one machine, see console.h) */
};

struct machine {
    struct machine_config cfg;
    struct storage mem;
    bool mem_borrowed;        /* mem is cfg.storage_window: not ours to free */
    struct mcpu *cpus;
    unsigned ncpus;

    pthread_mutex_t lock;     /* guards every mcpu state/order, the SCLP, the run flags */
    pthread_cond_t done_cond; /* the controller waits here for the end of the run */
    bool quit;                /* all CPU threads leave */
    bool ended;
    enum run_end end;

    struct sclp sclp;
    struct console console;

    /* DIAGNOSE (machine_diag.c): the bare machine's table and its one virtual machine; the
     * control program replaces diag with its own virtual machine's state (cp/cp_diag.c) */
    struct diag_table diag_table;
    struct diag_vm diag;
    uint64_t diag_logon_tod;  /* TOD clock at machine_init */

    /* IPL and resets (ipl.c): the IPL source that a re-IPL loads again, and a reset asked
     * for by a CPU (X'308') or the watchdog, which the run controller performs once every
     * CPU has stopped */
    char *ipl_image;          /* NULL: the image was not loaded through machine_load */
    char *ipl_cmdline;
    bool reset_pending;
    int reset_kind;           /* enum diag_reset */
    unsigned reset_cpu;       /* the IPL CPU: the issuer, CPU 0 for the watchdog */
    uint64_t resets;          /* resets and re-IPLs performed */
};

/* Set up storage and CPUs (all stopped, initial-reset state).  Returns 0 or -1 (out of
 * memory); on failure nothing needs freeing. */
int machine_init(struct machine *m, const struct machine_config *cfg);
void machine_free(struct machine *m);

/* Start CPU 0 with the given z/Architecture PSW and run until the configuration is idle, a
 * CPU reaches its instruction limit, or the timeout elapses.  Returns -1 if a thread could
 * not be started. */
int machine_run(struct machine *m, uint64_t psw_mask, uint64_t psw_ia, enum run_end *end);

/* End the run now, from any thread (CP LOGOFF, FORCE, SHUTDOWN): the controller stops every
 * CPU as at the end of a run and machine_run returns RUN_LOGOFF.  A machine whose
 * diag.logged_off is set before machine_run ends as soon as it starts. */
void machine_end(struct machine *m);

/* After machine_run: the lowest-addressed CPU in a disabled wait with a non-zero PSW address
 * (the bare-metal error convention), or NULL. */
struct cpu *machine_error_wait(struct machine *m);

/* For the CPU threads and the hooks (caller holds m->lock): wake a CPU that sleeps, and
 * re-evaluate whether the whole configuration is idle. */
void machine_kick(struct machine *m, struct mcpu *mc);
void machine_check_idle(struct machine *m);

/* Store status (PoP "Store Status", z/Architecture save-area layout) of cpu at absolute
 * address base (the area for real locations 0x1200-0x13FF).  Returns false if the 512
 * bytes are not all in storage. */
bool machine_store_status(struct machine *m, struct cpu *cpu, uint64_t base);

/* ---- IPL and resets (machine/ipl.c) ---- */

/* Load image (and the command line, NULL: none) into storage and remember both as the IPL
 * source for a re-IPL.  Returns 0, or -1 with one line in err. */
int machine_load(struct machine *m, const char *image, const char *cmdline, struct load_result *lr, char *err,
                 size_t errlen);
/* Ask the run controller for a reset (enum diag_reset) on behalf of issuer (NULL: CPU 0 is
 * the IPL CPU): every other CPU is asked to stop; the controller performs the reset when
 * all have.  Returns EXEC_STOP, the issuer's outcome.  Takes m->lock. */
int machine_request_reset(struct machine *m, struct cpu *issuer, int kind);
/* A restart interruption on CPU 0 (SYSTEM RESTART), as SIGP restart makes one.  Takes m->lock. */
int machine_restart_cpu0(struct machine *m);
/* For the run controller (caller holds m->lock): is every CPU stopped or waiting with no
 * order outstanding, and perform the pending reset. */
bool machine_quiet(const struct machine *m);
void machine_perform_reset(struct machine *m);
/* The guest's TOD clock (CPU 0's epoch), for the watchdog. */
uint64_t machine_guest_tod(const struct machine *m);

/* Set up the bare machine's DIAGNOSE table and hook (machine_init does). */
void machine_diag_init(struct machine *m);
/* Host CPU time the CPU's thread has used, in microseconds (0 before it started). */
uint64_t machine_cpu_time_us(const struct mcpu *mc);

/* Hooks installed in every CPU (ctx = the struct machine). */
int machine_sigp(struct cpu *cpu, uint8_t order, uint16_t target, uint64_t param, uint32_t *status, void *ctx);
int machine_servc(struct cpu *cpu, uint32_t cmd, uint64_t sccb_real, void *ctx);

#endif
