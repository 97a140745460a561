/* GHAPI under the control program: the host services behind the GHAPI DIAGNOSE (diag/
 * diag_ghapi.c) are the kernel proxy's security and logging services (policy/proxy.h), chosen
 * by the policy; without one, as before: RACF from `zsie run --racf` and the SMF data set of
 * `--smf`: authorization decisions with their type 80 audit records, application events as
 * type 200 records, and each virtual machine's type 201 accounting record at logoff. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "cp.h"
#include "ghapi/ghapi_host.h"
#include "policy/proxy.h"
#include "timer.h"

struct cp_ghapi {
    struct ghapi_services svc;
    struct diag_def row;
    struct proxy *proxy;       /* the kernel proxy: security and logging services by policy */
    bool own_proxy;
    volatile sig_atomic_t *reload;
    pthread_mutex_t reload_lock; /* one reload at a time */
};

static void reload_report(void *ctx, int rc, const char *msg)
{
    (void)ctx;
    if (rc)
        fprintf(stderr, "zsie: E085 GHAPI: reload failed, the database in use stays: %s\n", msg);
    else
        fprintf(stderr, "zsie: I066 GHAPI: %s\n", msg);
}

/* SIGHUP: the security services read their databases again (the RACF model its file). */
static void maybe_reload(struct cp_ghapi *g)
{
    if (!g->reload || !*g->reload || pthread_mutex_trylock(&g->reload_lock))
        return;
    if (*g->reload) {
        *g->reload = 0;
        proxy_reload(g->proxy, SVC_SECURITY, reload_report, NULL);
    }
    pthread_mutex_unlock(&g->reload_lock);
}

static enum racf_access access_of(unsigned ghapi_access)
{
    switch (ghapi_access) {
    case GHAPI_UPDATE: return RACF_UPDATE;
    case GHAPI_CONTROL: return RACF_CONTROL;
    case GHAPI_ALTER: return RACF_ALTER;
    default: return RACF_READ;
    }
}

/* --trace=ghapi: the security manager's decision path, a line per step */
struct trace_ctx {
    FILE *f;
    const char *vm;
};
static void trace_step(void *ctx, const char *line)
{
    const struct trace_ctx *t = ctx;
    fprintf(t->f, "ghapi %s   saf: %s\n", t->vm, line);
}

static int svc_auth(void *ctx, const struct ghapi_caller *who, const char *userid, const char *class_name,
                    const char *resource, unsigned access, struct ghapi_auth_result *res)
{
    struct cp_ghapi *g = ctx;
    maybe_reload(g);
    struct sec_request rq = {.vm = who->userid, .user = userid, .cls = class_name, .resource = resource,
                             .access = access_of(access)};
    struct trace_ctx t = {g->svc.trace_out ? g->svc.trace_out : stderr, who->userid};
    if (g->svc.trace) {
        rq.explain = trace_step;
        rq.explain_ctx = &t;
    }
    struct saf_result r;
    /* an audited decision is answered only once its record is durable */
    if (proxy_auth(g->proxy, &rq, &r))
        return -1;
    if (g->svc.trace && r.audit && r.smf_qualifier >= 0)
        fprintf(t.f, "ghapi %s   smf: audit record, type 80 event 2 qualifier %d, to the logging service\n", who->userid,
                r.smf_qualifier);
    res->saf_rc = (uint32_t)r.saf_rc;
    res->racf_rc = (uint32_t)r.racf_rc;
    res->racf_reason = (uint32_t)r.racf_reason;
    return 0;
}

static int svc_log(void *ctx, const struct ghapi_caller *who, const struct ghapi_request *req)
{
    struct cp_ghapi *g = ctx;
    struct smf_app_event ev = {
        .userid = who->userid,
        .vmname = who->userid,
        .appname = req->application,
        .appver = req->appl_version,
        .start_tod = req->start_tod,
        .stop_tod = req->stop_tod,
        .data = req->event_len ? req->event : NULL,
        .data_len = req->event_len,
    };
    int rc = proxy_log_app(g->proxy, who->userid, SMF200_EVENT, &ev);
    if (g->svc.trace && rc == 0)
        fprintf(g->svc.trace_out ? g->svc.trace_out : stderr,
                "ghapi %s   smf: type 200 subtype 1 record, application %s, durable\n", who->userid, req->application);
    return rc == LOG_NOT_AVAILABLE ? GHAPI_LOG_NOT_AVAILABLE : rc;
}

/* A refused request, audited through the VM's logging service (type 200 subtype 4). */
static void svc_rejected(void *ctx, const struct ghapi_caller *who, unsigned function, int rc, uint32_t reason)
{
    struct cp_ghapi *g = ctx;
    uint8_t data[8];
    st_be32(data, function);
    st_be32(data + 4, reason);
    uint64_t now = tod_host();
    struct smf_app_event ev = {
        .userid = who->userid,
        .vmname = who->userid,
        .appname = "GHAPI",
        .appver = "1",
        .start_tod = now,
        .stop_tod = now,
        .event_code = (uint32_t)rc,
        .data = data,
        .data_len = sizeof data,
    };
    if (proxy_log_app(g->proxy, who->userid, SMF200_REJECTED, &ev) == -1)
        fprintf(stderr, "zsie: E086 %s: the audit record of a rejected GHAPI request could not be written\n",
                who->userid);
}

static bool svc_log_available(void *ctx, const struct ghapi_caller *who)
{
    struct cp_ghapi *g = ctx;
    char id[POLICY_SPEC_MAX + 1];
    proxy_serving(g->proxy, SVC_LOGGING, who->userid, id, sizeof id);
    return strcmp(id, "none") != 0;
}

void cp_policy_legacy(struct policy *pol, const char *racf_path)
{
    /* before the kernel proxy, --racf installed RACF and its absence meant no security
     * manager (SAF 4); a policy that names security decides for itself */
    if (!policy_find(pol, "security")) {
        struct policy_entry e = {.type = "security"};
        snprintf(e.spec, sizeof e.spec, "%s", racf_path ? "racf" : "none");
        policy_set(pol, &e);
    }
}

int cp_ghapi_open(struct cp *cp, const struct cp_ghapi_config *cfg, char *err, size_t errlen)
{
    struct cp_ghapi *g = calloc(1, sizeof *g);
    if (!g) {
        snprintf(err, errlen, "E080 GHAPI: out of memory");
        return -1;
    }
    cp->ghapi = g;
    pthread_mutex_init(&g->reload_lock, NULL);
    g->reload = cfg->racf_path ? cfg->reload : NULL;
    g->proxy = cfg->proxy;
    if (!g->proxy) {
        struct proxy_config pc = {.env = {.racf_path = cfg->racf_path, .smf_path = cfg->smf_path, .sysid = cfg->sysid}};
        struct policy pol = {0};
        cp_policy_legacy(&pol, cfg->racf_path);
        if (!(g->proxy = proxy_new(&pc)) || proxy_set_policy(g->proxy, NULL, &pol, err, errlen)) {
            if (!g->proxy)
                snprintf(err, errlen, "E080 GHAPI: out of memory");
            cp_ghapi_close(cp);
            return -1;
        }
        g->own_proxy = true;
        cp->proxy = g->proxy;
    }
    /* a bad --racf or --smf is an error at start-up, as it was before the policy, when the
     * node's policy uses it (racf, smf without a file of their own) */
    char e[500], sec[POLICY_SPEC_MAX + 40], log[POLICY_SPEC_MAX + 40];
    proxy_named(g->proxy, SVC_SECURITY, sec, sizeof sec);
    proxy_named(g->proxy, SVC_LOGGING, log, sizeof log);
    if (cfg->racf_path && !strcmp(sec, "racf") && proxy_check(g->proxy, SVC_SECURITY, NULL, e, sizeof e)) {
        snprintf(err, errlen, "E081 GHAPI: %s", e);
        cp_ghapi_close(cp);
        return -1;
    }
    if (cfg->smf_path && !strcmp(log, "smf") && proxy_check(g->proxy, SVC_LOGGING, NULL, e, sizeof e)) {
        snprintf(err, errlen, "E082 GHAPI: %s", e);
        cp_ghapi_close(cp);
        return -1;
    }
    g->svc.auth = svc_auth;
    g->svc.log = svc_log;
    g->svc.log_available = svc_log_available;
    g->svc.rejected = svc_rejected;
    g->svc.ctx = g;
    g->svc.trace = cfg->trace;
    g->svc.trace_out = cfg->trace_out;
    diag_ghapi_row(&g->row, &g->svc);
    diag_define(&cp->diag, &g->row);
    return 0;
}

void cp_ghapi_logoff(struct cp *cp, struct vm *vm)
{
    struct cp_ghapi *g = cp->ghapi;
    if (!g)
        return;
    struct sie_stats s;
    vm_sie_stats(vm, &s);
    struct smf_count exits[64], calls[4];
    size_t ne = 0, nc = 0;
    uint64_t cpu_us = 0;
    for (unsigned c = 0; c < 64; c++)
        if (s.exits[c])
            exits[ne++] = (struct smf_count){(uint16_t)(c * 4), s.exits[c]};
    for (unsigned f = 0; f < 4; f++) {
        uint64_t n = atomic_load(&vm->m.diag.ghapi_calls[f]);
        if (n)
            calls[nc++] = (struct smf_count){(uint16_t)f, n};
    }
    for (unsigned i = 0; i < vm->m.ncpus; i++)
        cpu_us += machine_cpu_time_us(&vm->m.cpus[i]);
    uint64_t now = tod_host();
    struct smf_vm_accounting a = {
        .userid = vm->id,
        .logon_tod = vm->m.diag_logon_tod,
        .logoff_tod = now,
        .elapsed_us = (now - vm->m.diag_logon_tod) >> 12, /* TOD bit 51 is one microsecond */
        .cpu_us = cpu_us,
        .instructions = s.guest_insns,
        .sie_exits = exits,
        .n_sie_exits = ne,
        .ghapi_calls = calls,
        .n_ghapi_calls = nc,
    };
    if (proxy_log_accounting(g->proxy, vm->id, &a) == -1)
        fprintf(stderr, "zsie: E083 %s: the accounting record could not be written\n", vm->id);
}

void cp_ghapi_close(struct cp *cp)
{
    struct cp_ghapi *g = cp->ghapi;
    if (!g)
        return;
    if (g->own_proxy) {
        proxy_free(g->proxy);
        cp->proxy = NULL;
    }
    pthread_mutex_destroy(&g->reload_lock);
    free(g);
    cp->ghapi = NULL;
}
