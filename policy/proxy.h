/* The kernel proxy: at each service access, which implementation of the type to call.
 *
 *   the VM's POLICY statement for the type (directory), else the node's policy (--policy,
 *   changed live by the admin module), else the default service table;
 *   the named service started at its first access and kept; when it cannot be used (unknown
 *   id, plug-in refused, fails to start, @NODE not available) the type's default serves, and
 *   an event says so once: a numbered line on stderr (E400) and, where logging is configured,
 *   a record (docs/policy.md).  For security the default is deny: fail closed, never open.
 *
 * Thread-safe: any virtual CPU thread may access services while the control socket changes
 * the policy; a change applies from the next access. */
#ifndef ZSIE_PROXY_H
#define ZSIE_PROXY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "decl.h"
#include "policy.h"
#include "service.h"

#define PROXY_SMF_APPL "ZSIEKP"   /* type 200 records of the kernel proxy's events */
enum { PROXY_EV_FALLBACK = 1, PROXY_EV_POLICY = 2 };

struct proxy;

/* The remote slot of every type (the distributed half's seam): make a client of the service
 * spec on node for type t, filling in *ops with an operations table of the type's API (the
 * struct of policy/service.h, beginning with svc_common) and *state.  0, or -1 with the
 * reason; the proxy then falls back as for any service that cannot be used. */
typedef int proxy_remote_fn(void *ctx, enum svc_type t, const char *spec, const char *node,
                            const struct svc_common **ops, void **state, char *err, size_t errlen);

struct proxy_config {
    struct svc_env env;
    proxy_remote_fn *remote;       /* NULL: no distributed engine ("not available") */
    void *remote_ctx;
    const struct decl_set *decls;  /* declared service types (copied); NULL: none */
    FILE *msgs;                    /* event lines; NULL: stderr */
};

struct proxy *proxy_new(const struct proxy_config *cfg);
void proxy_free(struct proxy *p);

/* The default service table entry of a built-in type. */
const char *proxy_default(const struct proxy *p, enum svc_type t);
/* Is type a built-in or declared service type? */
bool proxy_type_known(const struct proxy *p, const char *type);

/* Replace the node's policy, or one VM's refinement (vm: user id).  Every entry's type must be
 * known.  0, or -1 with a message. */
int proxy_set_policy(struct proxy *p, const char *vm, const struct policy *pol, char *err, size_t errlen);
/* The administration module's changes (vm NULL: the node's policy), audited as policy-change
 * events by who.  0, or -1 with a message (unknown type; no such entry to unset). */
int proxy_admin_set(struct proxy *p, const char *vm, const struct policy_entry *e, const char *who, char *err,
                    size_t errlen);
int proxy_admin_unset(struct proxy *p, const char *vm, const char *type, const char *who, char *err, size_t errlen);
/* The table as the proxy sees it for vm (NULL: the node), one line per type:
 *   "TYPE SPEC[@NODE] (vm|node|default)"  */
void proxy_show(struct proxy *p, const char *vm, char *buf, size_t len);

/* Start the service the policy names for t (for vm, NULL: the node) now, without falling
 * back: for reporting a bad --racf/--smf at start-up.  0, or -1 with the reason. */
int proxy_check(struct proxy *p, enum svc_type t, const char *vm, char *err, size_t errlen);
/* The spec the node's policy (or the default table) names for t, with its @node, into buf:
 * what the policy asks for, before any fallback. */
void proxy_named(struct proxy *p, enum svc_type t, char *buf, size_t len);
/* The id of the service that serves t for vm now (after any fallback), into buf. */
void proxy_serving(struct proxy *p, enum svc_type t, const char *vm, char *buf, size_t len);

/* ---- the accesses, one per API function of each type ---- */
/* security: the decision, and its audit record (through vm's logging service) when the
 * service says to audit.  0, or -1 when an audited decision's record could not be written
 * (the caller must not act on the decision). */
int proxy_auth(struct proxy *p, const struct sec_request *rq, struct saf_result *r);
/* logging: 0 durable, -1 failed, LOG_NOT_AVAILABLE */
int proxy_log_app(struct proxy *p, const char *vm, enum smf200_subtype subtype, const struct smf_app_event *ev);
int proxy_log_accounting(struct proxy *p, const char *vm, const struct smf_vm_accounting *a);
int proxy_log_event(struct proxy *p, const struct log_event *ev);
/* memory */
int proxy_mem_release(struct proxy *p, const char *vm, uint8_t *host, size_t len);
void proxy_mem_flush(struct proxy *p, const char *vm);
/* sched: at each slice end, on the virtual CPU's thread */
void proxy_sched_slice(struct proxy *p, struct sched_vcpu *v);
/* console */
int proxy_console_write(struct proxy *p, const char *vm, const char *buf, size_t len);
/* A function of a declared (or built-in) type, by name, served by a plug-in.  0, or -1 with
 * the reason (no such function, wrong argument count, no service). */
int proxy_call(struct proxy *p, const char *type, const char *vm, const char *func, const union decl_value *args,
               unsigned nargs, union decl_value *ret, char *err, size_t errlen);

/* Reload every started service of type t that can (racf at SIGHUP); report is told each
 * outcome.  Returns how many were asked. */
int proxy_reload(struct proxy *p, enum svc_type t, void (*report)(void *ctx, int rc, const char *msg), void *ctx);

/* How many fallbacks have happened (for tests and statistics). */
unsigned long proxy_fallbacks(struct proxy *p);

#endif
