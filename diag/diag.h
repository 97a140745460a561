/* DIAGNOSE: one table of function codes, served the same way to a virtual machine of the
 * control program (through the DIAGNOSE interception) and to the bare machine (through the
 * CPU's DIAGNOSE hook).  facts.md 3; z/VM CP Programming Services.
 *
 *   83 Rx Ry B2 D2: the function code is (B2)+D2, low 16 bits; no storage is addressed
 *   through it.
 *
 * Order of the architected checks (diag_dispatch), before any handler runs:
 *   1. problem state and the code does not allow it: privileged-operation exception;
 *   2. a code that is not a multiple of 4, undefined, disabled for this virtual machine, or
 *      whose privilege classes the virtual machine lacks: specification exception;
 *   3. the row's register rules (Rx/Ry even, Rx != Ry): specification exception;
 *   then the handler, which checks its own parameter blocks with diag_block() (alignment:
 *   specification; outside storage: addressing; the storage key: protection).
 *
 * diag/ knows the CPU and nothing above it: what a code needs from the hypervisor (other
 * virtual machines, re-IPL, the console) it asks through struct diag_host_ops, which the
 * control program (cp/) fills in for its virtual machines and the bare machine (machine/)
 * for itself as a one-VM system. */
#ifndef ZSIE_DIAG_H
#define ZSIE_DIAG_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "cpu.h"
#include "insn.h"

#define DIAG_CODE_MAX 0xFFC
#define DIAG_CODES (DIAG_CODE_MAX / 4 + 1)
#define DIAG_INSTALL_FIRST 0x100 /* z/VM's installation range (DEFINE DIAGNOSE) */
#define DIAG_INSTALL_LAST 0x1FC
#define DIAG_USERID_LEN 8
#define DIAG_MAX_CPUS 64

/* What a handler returns: DIAG_DONE (the guest goes on), a positive program-interruption
 * code, DIAG_NOT_HANDLED (becomes the specification exception), or an EXEC_* outcome of
 * cpu.h for the CPU thread (EXEC_STOP after a LOGOFF, for example). */
#define DIAG_DONE 0
#define DIAG_NOT_HANDLED (-100)

/* Row flags. */
#define DIAG_F_PROBLEM 0x01  /* may be issued in the problem state */
#define DIAG_F_RX_EVEN 0x02  /* Rx designates an even-odd pair: odd Rx is a specification exc. */
#define DIAG_F_RY_EVEN 0x04  /* likewise Ry */
#define DIAG_F_RX_NE_RY 0x08 /* Rx = Ry is a specification exception */
#define DIAG_F_OFF 0x10      /* disabled unless the directory enables it (DIAGNOSE xxx ON) */
#define DIAG_F_HYPERVISOR 0x20 /* answers about the hypervisor: the bare machine answers as a one-VM system */

struct diag_call;
typedef int diag_fn(struct diag_call *dc);

/* One row of the table. */
struct diag_def {
    uint16_t code;
    const char *name;      /* short, for lists and traces: "CP command" */
    diag_fn *fn;
    uint8_t flags;         /* DIAG_F_* */
    const char *classes;   /* CP privilege classes any one of which may issue it; NULL: any */
    const char *regs_in;   /* what it reads: "Rx cmd addr, Ry flags/len, Rx+1 buf, Ry+1 buf len" */
    const char *regs_out;  /* what it sets: "CC, Ry rc, Ry+1 len" */
    const char *doc;       /* docs/ page of its family: "diag-cp.md" */
    void *ctx;             /* the handler's own context (an installation code's service) */
};

/* The table: the built-in rows and the installation codes defined at run time.  One per
 * hypervisor (the CP; the bare machine); read by every CPU, written before the run. */
struct diag_table {
    const struct diag_def *rows[DIAG_CODES];
};

/* One virtual machine as the DIAGNOSE code sees it (another VM, for QUERY NAMES and the like). */
struct diag_vm_info {
    char userid[DIAG_USERID_LEN + 1];
    unsigned ncpus;
    uint64_t storage;        /* bytes */
    uint64_t cpu_time_us;    /* virtual CPU time used so far, all its CPUs */
    uint64_t insns;          /* instructions executed, all its CPUs */
    uint64_t logon_tod;      /* TOD clock when it was logged on (started) */
    bool running;            /* some CPU is operating (not all stopped or in a disabled wait) */
    bool logged_off;         /* LOGOFF, FORCE or SHUTDOWN ended it: not in QUERY NAMES, no MSG */
};

/* One virtual CPU of this virtual machine (X'204', X'2FC', QUERY VIRTUAL CPUS). */
struct diag_cpu_info {
    uint16_t cpu_addr;
    bool stopped;
    uint64_t cpu_time_us;    /* host CPU time its thread used */
    uint64_t wall_us;        /* time since it was started */
    uint64_t insns;
};

struct diag_vm;

/* What diag_host_ops.reset performs.  The values 0, 1, 3 and 4 are X'308''s subcodes (the
 * numbering of Linux's asm/ipl.h, KVM and QEMU); the others come from CP commands (the
 * watchdog's SYSTEM RESET / SYSTEM CLEAR).  A reset cancels the watchdog. */
enum diag_reset {
    DIAG_RESET_CLEAR = 0,        /* modified clear reset (registers zeroed, storage kept), then
                                  * execution from the 8-byte IPL PSW at absolute 0 */
    DIAG_RESET_NORMAL = 1,       /* load-normal reset (initial CPU reset on the issuer, CPU
                                  * reset on the others), then the PSW at absolute 0 */
    DIAG_RESET_LOAD_CLEAR = 3,   /* re-IPL: clear reset, storage and keys zeroed, the image
                                  * loaded again, its IPL PSW (CP IPL ... CLEAR) */
    DIAG_RESET_LOAD_NORMAL = 4,  /* re-IPL: load-normal reset, storage kept, the image loaded
                                  * again, its IPL PSW (CP IPL) */
    DIAG_RESET_SYSTEM_RESET = 16, /* CP SYSTEM RESET: load-normal reset; every CPU stopped */
    DIAG_RESET_SYSTEM_CLEAR = 17, /* CP SYSTEM CLEAR: clear reset; every CPU stopped */
};

#define DIAG_IPL_PARM_MAX 4096    /* an IPL parameter block is at most one page */
#define DIAG_WD_CMD_MAX 240       /* the watchdog's CP command, bytes */

/* The X'288' watchdog of one virtual machine. */
struct diag_watchdog {
    bool armed;
    bool lpar;                    /* PR/SM form: action code (0 restart), no command */
    bool conceal;                 /* function-code bit 0 (z/VM: CONCEAL while armed); recorded */
    uint32_t interval;            /* seconds */
    uint64_t deadline;            /* guest TOD clock at which it expires */
    char cmd[DIAG_WD_CMD_MAX + 1]; /* z/VM form: the CP command, ASCII */
    uint64_t fired;               /* times it expired */
};

/* What the hypervisor does for the codes.  host is diag_vm.host.  A NULL operation means
 * "this hypervisor cannot": the code answers with its documented "not available" result. */
struct diag_host_ops {
    /* the system: every virtual machine, this one included (a one-VM system on the bare machine) */
    unsigned (*vm_count)(void *host);
    bool (*vm_info)(void *host, unsigned i, struct diag_vm_info *out);
    /* MESSAGE: text to userid's console from vm; 0, or -1 when userid is not logged on */
    int (*message)(void *host, const struct diag_vm *from, const char *userid, const char *text);
    /* FORCE userid: log it off; 0, or -1 when it is not logged on */
    int (*force)(void *host, const char *userid);
    /* SHUTDOWN: end every virtual machine */
    int (*shutdown)(void *host);
    /* this virtual machine */
    unsigned (*cpus)(void *host, struct diag_vm *vm, struct diag_cpu_info *out, unsigned max);
    /* re-IPL from the IPL source or reset (X'308' subcodes 0, 1, 3, 4; the watchdog's IPL):
     * called on the issuing CPU's thread, which then returns the handler's result; subcode
     * is an enum diag_reset.  cpu NULL: not from a CPU (the watchdog, on the run controller's
     * thread); the IPL CPU is then CPU 0.  Returns EXEC_STOP (the issuer stops until the run
     * controller has performed the reset) */
    int (*reset)(void *host, struct diag_vm *vm, struct cpu *cpu, int subcode);
    /* a restart interruption on the virtual machine's CPU 0 (SYSTEM RESTART) */
    int (*restart)(void *host, struct diag_vm *vm);
    /* LOGOFF this virtual machine */
    int (*logoff)(void *host, struct diag_vm *vm);
    /* a line the CP writes to this virtual machine's console (no trailing new-line) */
    void (*console)(void *host, struct diag_vm *vm, const char *text);
    /* a line the CP writes to another logged-on virtual machine's console (FORCE's notice,
     * SHUTDOWN's broadcast); 0, or -1 when userid is not logged on */
    int (*console_to)(void *host, const char *userid, const char *text);
    /* X'010': give the frames abs..abs+len-1 (absolute, whole pages) back as the hypervisor's
     * memory-management service says (they read as zeros afterwards either way); the storage
     * keys are diag/'s.  The bytes the host got back, or -1: not done, release them yourself.
     * NULL: storage_release (the bare machine). */
    int64_t (*release)(void *host, struct diag_vm *vm, uint64_t abs, uint64_t len);
};

/* The DIAGNOSE state of one virtual machine (of the bare machine). */
struct diag_vm {
    const struct diag_host_ops *ops;
    void *host;
    const struct diag_table *table;
    char userid[DIAG_USERID_LEN + 1];
    char classes[33];           /* its CP privilege classes ("G"; the bare machine: all) */
    uint64_t storage;           /* bytes */
    unsigned ncpus;
    int8_t enable[DIAG_CODES];  /* directory DIAGNOSE statements: 1 on, -1 off, 0 the row's default */
    _Atomic uint64_t count[DIAG_CODES];
    bool trace;                 /* --trace=diag: one line per DIAGNOSE */
    FILE *trace_out;
    pthread_mutex_t lock;       /* guards what the codes keep below; never hold it while calling
                                 * vm->ops: the hypervisor takes it under its own lock (a reset
                                 * cancels the watchdog) */
    uint64_t pfault_token[DIAG_MAX_CPUS]; /* X'258', per CPU address; 0 = none */
    /* X'258': the handshake of each CPU address (on: pfault_token is its token address) */
    struct diag_pfault {
        bool on;
        uint64_t select, compare;   /* the PSW masks that say when a fault may be asynchronous */
    } pfault[DIAG_MAX_CPUS];
    uint64_t cp_name_version;   /* X'318': the guest's CPNC (byte 0) and CPVC (bytes 1-7) */
    uint64_t released_bytes;    /* X'010': host memory given back so far */
    int8_t problem[DIAG_CODES]; /* 1: accepted from the problem state on this VM (OPTION GHAPI PROBLEM) */
    _Atomic uint64_t ghapi_calls[4]; /* GHAPI requests: [0] rejected, [1] query, [2] auth, [3] log */
    /* X'308' subcodes 5 and 6 (diag_ipl.c): the IPL parameter block last set, kept across
     * re-IPLs; ipl_parm_len 0 = none set */
    uint32_t ipl_parm_len;
    uint8_t ipl_parm[DIAG_IPL_PARM_MAX];
    /* X'288' watchdog (diag_watchdog.c), under lock */
    struct diag_watchdog wd;
    _Atomic bool logged_off;    /* LOGOFF, FORCE or SHUTDOWN: its run ends (X'008') */
    bool set_run;               /* SET RUN ON (X'008'): shown by QUERY SET; zsie has no CP READ */
};

/* One DIAGNOSE as a handler sees it. */
struct diag_call {
    struct cpu *cpu;            /* the issuing (guest) CPU */
    struct diag_vm *vm;
    const struct insn *in;
    const struct diag_def *def;
    unsigned code;
    unsigned rx, ry;            /* in->r1, in->r3 */
    uint64_t addr;              /* the DIAGNOSE's address (for the trace) */
    char note[160];             /* the handler's decoded result, for --trace=diag */
};

/* ---- the table (diag/diag_table.c) ---- */

/* Fill t with the built-in rows. */
void diag_table_init(struct diag_table *t);
/* Define an installation code (X'100'-X'1FC', a multiple of 4), as DEFINE DIAGNOSE does;
 * def must outlive the table.  Returns 0, or -1 for a code outside that range. */
int diag_define(struct diag_table *t, const struct diag_def *def);
/* The row of code, or NULL. */
const struct diag_def *diag_lookup(const struct diag_table *t, unsigned code);
/* `zsie diag list`: the table, one row per line. */
void diag_print_table(const struct diag_table *t, FILE *f);

/* ---- dispatch (diag/diag_dispatch.c) ---- */

/* Set up a virtual machine's DIAGNOSE state (counts zero, every code at its default). */
void diag_vm_init(struct diag_vm *vm, const struct diag_table *t, const struct diag_host_ops *ops, void *host,
                  const char *userid, const char *classes, uint64_t storage, unsigned ncpus);
void diag_vm_free(struct diag_vm *vm);
/* Is code enabled for vm (the row exists, and the directory or the row's default says on)? */
bool diag_enabled(const struct diag_vm *vm, unsigned code);

/* The function code of a DIAGNOSE instruction on cpu. */
unsigned diag_code(struct cpu *cpu, const struct insn *in);
/* Run the DIAGNOSE in `in` issued by cpu at addr: the checks above, the handler, the count
 * and the trace line.  Returns DIAG_DONE, a program-interruption code, or an EXEC_* outcome
 * (never DIAG_NOT_HANDLED). */
int diag_dispatch(struct diag_vm *vm, struct cpu *cpu, const struct insn *in, uint64_t addr);

/* ---- guest storage for the handlers (diag/diag_access.c) ----
 * DIAGNOSE parameter blocks are at guest real addresses (prefixing applies; no DAT).  Stores
 * are subject to key-controlled protection with the PSW key and set the reference and change
 * bits, as a CPU store does. */

/* Check len bytes at real address addr: aligned to align (a power of 2, or 1), within
 * storage, not wrapping; store: the PSW key may store there.  0, PGM_SPECIFICATION,
 * PGM_ADDRESSING or PGM_PROTECTION. */
int diag_block(struct diag_call *dc, uint64_t addr, uint64_t len, unsigned align, bool store);
/* Copy between guest real storage and buf (checked by diag_block first). */
int diag_read(struct diag_call *dc, uint64_t addr, void *buf, uint64_t len);
int diag_write(struct diag_call *dc, uint64_t addr, const void *buf, uint64_t len);
/* The low 32 bits of a register, leaving the high half (the convention of most codes). */
void diag_set_low32(uint64_t *r, uint32_t v);

/* ---- the codes, one family per file ---- */
int diag_008(struct diag_call *dc);
int diag_044(struct diag_call *dc);
int diag_09c(struct diag_call *dc);
int diag_000(struct diag_call *dc);  /* diag_ident.c */
int diag_00c(struct diag_call *dc);
int diag_318(struct diag_call *dc);
int diag_010(struct diag_call *dc);  /* diag_storage.c */
int diag_258(struct diag_call *dc);
int diag_260(struct diag_call *dc);
int diag_204(struct diag_call *dc);  /* diag_perf.c */
int diag_224(struct diag_call *dc);
int diag_2fc(struct diag_call *dc);
int diag_500(struct diag_call *dc);  /* diag_virtio.c */

/* The control program's identity, as DIAGNOSE X'000' and STSI 3.2.2 report it: zsie's CP
 * presents itself as z/VM at this level (so that Linux recognises the hypervisor). */
#define DIAG_CP_NAME "z/VM"
#define DIAG_CP_VERSION 7
#define DIAG_CP_RELEASE 4
#define DIAG_CP_SERVICE 0
#define DIAG_SYSTEM_NAME "ZSIE" /* the system identifier (z/VM's SYSTEM_IDENTIFIER) */
int diag_288(struct diag_call *dc);
int diag_308(struct diag_call *dc);

/* ---- X'288' watchdog, for the run controller (diag/diag_watchdog.c) ---- */

/* Host nanoseconds until vm's watchdog expires, the guest's TOD clock being guest_tod now;
 * -1 when it is not armed. */
int64_t diag_watchdog_next_ns(struct diag_vm *vm, uint64_t guest_tod);
/* If the watchdog has expired at guest_tod: disarm it and perform its action (a reset, a
 * restart or another CP command through vm->ops).  Returns whether it fired.  Call with no
 * hypervisor lock held. */
bool diag_watchdog_poll(struct diag_vm *vm, uint64_t guest_tod);
/* Disarm it (the end of the run, a reset). */
void diag_watchdog_cancel(struct diag_vm *vm);

/* X'0100' GHAPI (diag/diag_ghapi.c): fill row with the GHAPI code bound to the services s,
 * for diag_define(); row and s must outlive the table.  Off by default: a virtual machine has
 * it when diag_vm.enable[] says so (OPTION GHAPI), from the problem state when
 * diag_vm.problem[] does (OPTION GHAPI PROBLEM). */
struct ghapi_services;
void diag_ghapi_row(struct diag_def *row, struct ghapi_services *s);

/* X'008': the CP command line cmd (ASCII, len bytes; commands separated by '\n') from vm;
 * writes the response lines (ASCII, each ending in '\n') to out (room bytes; what does not
 * fit is dropped, *out_len says what was written) and returns the completion code of the last
 * command (0, or the number of the HCP message that reports its error).  *stop (may be NULL)
 * is set when the command ended the issuing virtual machine (LOGOFF, FORCE of itself,
 * SHUTDOWN): its CPU must leave.  (diag/cpcmd.c; the commands in diag/cpcmd_*.c) */
int diag_cp_command(struct diag_vm *vm, const char *cmd, size_t len, char *out, size_t room, size_t *out_len,
                    bool *stop);

#endif
