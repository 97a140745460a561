/* zsie's control program (CP), in the style of z/VM: it owns one host storage, makes a
 * virtual machine for each user of the directory it is asked to run, and runs every virtual
 * CPU under interpretive execution (sie/) on a host thread of its own.
 *
 * Host storage layout, one region per virtual machine, in 1 MiB units (the unit of the SIE
 * origin and extent):
 *
 *     [ state descriptions: 512 bytes per virtual CPU, 1 MiB ] [ guest storage: MSO .. MSE ]
 *
 * A virtual machine is a struct machine (machine/) whose storage is its window and whose CPU
 * threads call cp_vcpu_run() instead of cpu_run(): the same waits, stops, SCLP, SIGP and
 * console as `zsie machine`.  Interceptions are handled in layers (cp/intercept.c): by
 * interception code, then by opcode, then DIAGNOSE by function code (diag/). */
#ifndef ZSIE_CP_H
#define ZSIE_CP_H

#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "diag/diag.h"
#include "directory.h"
#include "insn.h"
#include "loader.h"
#include "machine.h"
#include "sie.h"
#include "policy/policy.h"
#include "policy/service.h"

struct proxy;

#define CP_SD_REGION (1ULL << 20) /* the state descriptions of one VM */
#define CP_GUARD (1ULL << 20)     /* after each VM's storage: a guard (storage_guard) */
#define CP_MAX_VMS 64

struct vm;
struct cp;
struct cp_icpt;
typedef int cp_handler_fn(struct cp_icpt *ic);

/* One virtual CPU: the machine's CPU runs as the SIE guest of this context. */
struct cp_vcpu {
    struct vm *vm;
    struct mcpu *mc;
    struct sie_vcpu sie;
    uint64_t sd_abs;          /* its state description, host absolute */
    struct sched_vcpu sched;  /* the scheduling service's view (policy/service.h) */
};

/* What the CP counts per VM on top of the SIE statistics. */
struct cp_counts {
    uint64_t reflected_pgm;   /* program interruptions presented to the guest by the CP */
    uint64_t reflected_ext;   /* external interruptions reflected (interception code 0x14) */
    uint64_t not_handled;     /* interceptions no handler took (became exceptions) */
};

struct vm {
    char id[DIR_ID_LEN + 1];
    struct cp *cp;
    struct machine m;
    struct cp_vcpu *vcpus;    /* one per machine CPU */
    unsigned ncpus;
    uint64_t sd_base;         /* host absolute address of the state descriptions */
    uint64_t mso, size;       /* guest storage: host absolute origin and size in bytes */
    uint64_t max_insns;       /* per virtual CPU; 0 = unbounded */
    struct storage window;    /* the guest storage inside the host storage */
    struct load_result lr;    /* the IPL PSW */
    bool failed;              /* the CP met an interception it cannot continue from */
    struct cp_counts counts;
    struct sched_account sched; /* CPU time and throttling of all its CPUs */
    /* the run */
    pthread_t controller;
    bool controller_started;
    enum run_end end;
    int run_rc;
};

/* A virtual machine to make (a directory entry after the command line's overrides). */
struct vm_spec {
    char id[DIR_ID_LEN + 1];
    uint64_t storage;         /* bytes; rounded up to 1 MiB */
    unsigned ncpus;           /* 1..DIR_MAX_CPUS */
    uint64_t max_insns;
    double timeout;
    int trace;
    FILE *trace_out;
    FILE *console_out;
    int console_in;           /* -1: none */
    const char *console_prefix;
    char classes[33];         /* CP privilege classes (directory USER statement); "": G */
    int ghapi;                /* DIR_GHAPI_*: OPTION GHAPI [PROBLEM] */
    int8_t diag_enable[DIAG_CODES]; /* directory DIAGNOSE statements: 1 ON, -1 OFF, 0 the default */
    bool console_raw;         /* with one VM only (console.h) */
};

struct cp {
    struct storage host;
    struct vm *vms;
    unsigned nvms;
    /* the DIAGNOSE table of every VM: the built-in codes and the installation codes
     * X'100'-X'1FC' defined with diag_define() before the run */
    struct diag_table diag;
    struct cp_ghapi *ghapi;   /* the GHAPI services (cp/cp_ghapi.c); NULL: GHAPI not served */
    /* the kernel proxy (policy/proxy.h) every service access goes through; NULL: none (the
     * VM's CPUs are scheduled as threads, unthrottled) */
    struct proxy *proxy;
};

/* GHAPI under the CP (cp/cp_ghapi.c): the services behind DIAGNOSE X'0100'. */
struct cp_ghapi_config {
    const char *racf_path;    /* the RACF command file of the SAF database; NULL: no security manager */
    const char *smf_path;     /* the SMF data set; NULL: logging not available */
    const char *sysid;        /* SMF system id (4 characters); NULL: "ZSIE" */
    bool trace;               /* --trace=ghapi */
    FILE *trace_out;
    /* the kernel proxy (cp->proxy, set by the caller); NULL: make one from racf_path and
     * smf_path as before the policy (owned by the GHAPI services) */
    struct proxy *proxy;
    /* set (by a SIGHUP handler) to have the next request reload the RACF database from
     * racf_path, swapping it atomically under the running guests; NULL: never */
    volatile sig_atomic_t *reload;
};
/* The entries the old options imply in a policy that does not name them: security racf with
 * --racf, else none (no security manager). */
void cp_policy_legacy(struct policy *pol, const char *racf_path);
/* After cp_init, before cp_run: define the GHAPI DIAGNOSE in the CP's table.  0, or -1 with
 * a one-line message in err. */
int cp_ghapi_open(struct cp *cp, const struct cp_ghapi_config *cfg, char *err, size_t errlen);
/* The VM's SMF accounting record (type 201), when it has ended. */
void cp_ghapi_logoff(struct cp *cp, struct vm *vm);
void cp_ghapi_close(struct cp *cp);

/* Make the host storage and the virtual machines (not yet loaded).  Returns 0, or -1 with
 * a one-line message in err. */
int cp_init(struct cp *cp, const struct vm_spec *specs, unsigned n, char *err, size_t errlen);
void cp_free(struct cp *cp);

/* IPL an image (file) into a VM, with an optional command line (NULL: none). */
int vm_load(struct vm *vm, const char *image, const char *cmdline, char *err, size_t errlen);

/* Run every VM side by side until each is idle, limited or timed out (each VM on its own
 * threads: a controller and one per virtual CPU).  Returns -1 if a thread would not start. */
int cp_run(struct cp *cp);

/* The run loop of one virtual CPU (the machine's run_cpu hook): enter SIE, handle the
 * interception, re-enter; returns EXEC_WAIT, EXEC_STOP or EXEC_LIMIT to the CPU thread. */
int cp_vcpu_run(struct mcpu *mc, void *ctx);
/* One entry and its interception handling: CP_DONE (go on) or an EXEC_* outcome. */
int cp_vcpu_step(struct cp_vcpu *v);

/* DIAGNOSE X'010' (release pages), for diag/ through the host operations: the guest's
 * absolute pages [addr, addr+len) (page aligned, inside its storage) released as the memory
 * service of the policy says.  0, -1 outside or unaligned, -2 when the host refused. */
int cp_vm_release(struct vm *vm, uint64_t addr, uint64_t len);
/* The VM's guest storage resident in host memory, in pages (mincore); -1 if unknown. */
long cp_vm_resident_pages(const struct vm *vm);

/* Statistics: one line per VM (cp_stats_line), and with detail the table by code. */
void cp_stats_line(const struct vm *vm, char *buf, size_t len);
void cp_print_stats(const struct vm *vm, FILE *f, bool detail);
/* Sum of the SIE statistics of the VM's virtual CPUs. */
void vm_sie_stats(const struct vm *vm, struct sie_stats *out);

/* ---- interception handling (cp/intercept.c) ---- */

/* What every handler returns, at every level (interception code, opcode, DIAGNOSE code):
 * CP_DONE: handled, the guest goes on; a positive program-interruption code: present it to
 * the guest; CP_NOT_HANDLED: the level above turns it into the architected exception
 * (operation exception for an instruction, specification for a DIAGNOSE code); or an
 * EXEC_* outcome (EXEC_WAIT, EXEC_STOP, EXEC_LIMIT) for the CPU thread. */
#define CP_DONE 0
#define CP_NOT_HANDLED (-100)

/* One interception as the handlers see it. */
struct cp_icpt {
    struct cp_vcpu *v;
    struct cpu *cpu;          /* the guest CPU, its state as the state description left it */
    uint8_t code, status;
    uint16_t ipa;
    uint32_t ipb;
    struct insn in;           /* the intercepted instruction, decoded from ipa/ipb */
    unsigned ilc;             /* its length (4 for the target of EXECUTE) */
    uint64_t addr;            /* its address (the guest PSW points past it) */
};

/* Handle the interception the last sie_enter() left in the state description. */
int cp_intercept(struct cp_vcpu *v, int code);

/* Give a VM (after machine_init) its DIAGNOSE state: user id, classes, the CP's operations
 * (cp/cp_diag.c). */
void cp_diag_setup(struct vm *vm, const struct vm_spec *s);

/* The STSI 3.2.2 SYSIB (4 KiB) describing the VM. */
void cp_sysib_322(const struct vm *vm, uint8_t *page);

#endif
