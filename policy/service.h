/* Service types of the kernel proxy: each type is one API, an operations table, that every
 * implementation of the type fills in, so the proxy calls whichever the policy names the same
 * way.  An implementation is started (its state made) at its first access and kept until the
 * proxy is freed; start may fail, and the proxy then falls back to the type's default.
 *
 *   type      implementations (ID[:ARG])                            default (fallback)
 *   security  racf[:RACFFILE]  audit  deny  none                     deny (fail closed)
 *   logging   smf[:DATASET]  json:FILE  none                         smf (with --smf), else none
 *   memory    keep  release  batch[:PAGES]                           keep
 *   sched     threads  shares:FRACTION                               threads
 *   console   stdout  file:DIRECTORY                                 stdout
 *
 * and in every type `plugin:PATH[:PREFIX]` (policy/plugin.h) and, with @NODE, the remote slot
 * (the distributed half; today "not available"). */
#ifndef ZSIE_SERVICE_H
#define ZSIE_SERVICE_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "host_services/saf.h"
#include "host_services/smf_types.h"

enum svc_type { SVC_SECURITY, SVC_LOGGING, SVC_MEMORY, SVC_SCHED, SVC_CONSOLE, SVC_NTYPES };

const char *svc_type_name(enum svc_type t);
/* -1 when name is not a built-in type */
int svc_type_parse(const char *name);

/* What the implementations may use from the compute node (the command line's settings). */
struct svc_env {
    const char *racf_path;    /* --racf */
    const char *smf_path;     /* --smf */
    const char *sysid;        /* SMF system id */
    FILE *console_out;        /* stdout */
};

/* Every operations table begins with this. */
struct svc_common {
    const char *id;
    const char *summary;
    /* Make the state for arg (the spec after "ID:", "" when none).  0, or -1 with a one-line
     * reason in err. */
    int (*start)(void **state, const char *arg, const struct svc_env *env, char *err, size_t errlen);
    void (*stop)(void *state);
    /* Read its configuration again (the RACF database at SIGHUP); NULL: nothing to reload.
     * 0 with what was done in msg, or -1 with the reason (the old state stays in use). */
    int (*reload)(void *state, char *msg, size_t msglen);
};

/* ---- security ---- */
struct sec_request {
    const char *vm;           /* the virtual machine asking */
    const char *user, *cls, *resource;
    enum racf_access access;
    /* the decision path, one line per step (saf_request.explain), for --trace=ghapi; may be NULL */
    void (*explain)(void *ctx, const char *line);
    void *explain_ctx;
};
struct security_ops {
    struct svc_common c;
    /* The decision in r (a struct saf_result: SAF/RACF codes, and whether and how to audit,
     * which the proxy does through the logging service).  Never fails: a service that cannot
     * decide answers SAF 8 and audits. */
    void (*auth)(void *state, const struct sec_request *rq, struct saf_result *r);
};

/* ---- logging ---- */
struct log_access {           /* an audited authorization decision (SMF type 80 event 2) */
    const char *user, *group, *cls, *resource, *profile;
    enum smf80_evq qualifier;
    enum smf_access intent, allowed;
    bool generic;
};
struct log_event {            /* a kernel-proxy event: fallback, policy change */
    unsigned code;            /* PROXY_EV_* */
    const char *who;          /* the administrator, or the VM */
    const char *vm;           /* "" when not about one VM */
    const char *text;         /* the message line */
};
struct logging_ops {
    struct svc_common c;
    /* Each returns 0 when the record is durable, -1 when it could not be written, -2 when
     * logging is not available (the "none" service). */
    int (*access)(void *state, const struct log_access *a);
    int (*app_event)(void *state, enum smf200_subtype subtype, const struct smf_app_event *ev);
    int (*accounting)(void *state, const struct smf_vm_accounting *a);
    int (*event)(void *state, const struct log_event *ev);
};
#define LOG_NOT_AVAILABLE (-2)

/* ---- memory management: what DIAGNOSE X'010' release does with the host's backing ---- */
struct memory_ops {
    struct svc_common c;
    /* Guest pages [host, host+len) released (page aligned, inside one VM's storage).  0, or
     * -1 when the host refused (the guest's pages are unchanged). */
    int (*release)(void *state, const char *vm, uint8_t *host, size_t len);
    /* Release anything held back (batch): at logoff, and before measuring. */
    void (*flush)(void *state);
};
/* Resident host pages of [p, p+len) (mincore), or -1. */
long memory_resident_pages(const void *p, size_t len);

/* ---- virtual-CPU scheduling ---- */
/* One VM's CPU accounting, kept by the CP (cp/), used by the scheduler services. */
struct sched_account {
    _Atomic uint64_t cpu_ns;      /* CPU time of all its CPU threads */
    _Atomic uint64_t throttled_ns;/* time its threads were held back */
    _Atomic uint64_t epoch_ns;    /* CLOCK_MONOTONIC start of the share's window */
    _Atomic uint64_t slices;
    _Atomic uint64_t share_ppm;   /* the share the window was begun for (millionths) */
};
struct sched_vcpu {
    const char *vm;
    unsigned cpu;
    struct sched_account *acct;
    uint64_t last_cpu_ns;         /* this thread's CPU clock at its previous slice end */
};
struct sched_ops {
    struct svc_common c;
    /* At the end of a slice, on the virtual CPU's own thread: account and maybe wait. */
    void (*slice_end)(void *state, struct sched_vcpu *v);
};
/* The calling thread's CPU time (CLOCK_THREAD_CPUTIME_ID), and CLOCK_MONOTONIC, in ns. */
uint64_t sched_thread_ns(void);
uint64_t sched_mono_ns(void);
/* Charge the time since v's last slice end to its VM; returns the VM's total. */
uint64_t sched_charge(struct sched_vcpu *v);

/* ---- console ---- */
struct console_ops {
    struct svc_common c;
    /* Output of vm's console (already prefixed, as the machine writes it).  0 or -1. */
    int (*write)(void *state, const char *vm, const char *buf, size_t len);
};

/* The in-tree implementations of type t, NULL-terminated. */
const struct svc_common *const *svc_registry(enum svc_type t);
const struct svc_common *svc_find(enum svc_type t, const char *id);

#endif
