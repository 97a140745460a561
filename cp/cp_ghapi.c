/* GHAPI under the control program: the host services behind the GHAPI DIAGNOSE (diag/
 * diag_ghapi.c), from the SAF database (`zsie run --racf`) and the SMF data set (`--smf`):
 * authorization decisions with their type 80 audit records, application events as type 200
 * records, and each virtual machine's type 201 accounting record at logoff. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "cp.h"
#include "ghapi/ghapi_host.h"
#include "host_services/saf.h"
#include "host_services/smf_dataset.h"
#include "host_services/smf_record.h"
#include "host_services/smf_types.h"
#include "timer.h"

struct cp_ghapi {
    struct ghapi_services svc;
    struct diag_def row;
    struct saf *saf;           /* NULL: no security manager installed (SAF 4 for everything) */
    struct smf_dataset *smf;   /* NULL: logging not available */
    char sysid[5];
    const char *racf_path;
    volatile sig_atomic_t *reload;
    pthread_mutex_t reload_lock; /* one reload at a time */
};

/* SIGHUP: the database file again.  A reload that fails keeps the database in use. */
static void maybe_reload(struct cp_ghapi *g)
{
    if (!g->reload || !*g->reload || pthread_mutex_trylock(&g->reload_lock))
        return;
    if (*g->reload) {
        *g->reload = 0;
        char e[300];
        if (saf_load(g->saf, g->racf_path, e, sizeof e))
            fprintf(stderr, "zsie: E085 GHAPI: reload failed, the database in use stays: %s\n", e);
        else
            fprintf(stderr, "zsie: I066 GHAPI: RACF database reloaded from %s (generation %lu)\n", g->racf_path,
                    saf_generation(g->saf));
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

static enum smf_access smf_access_of(enum racf_access a)
{
    return (enum smf_access)a; /* both lowest first: NONE EXECUTE READ UPDATE CONTROL ALTER */
}

/* One record, as a builder returned it (its length, or a negative error), into the data set,
 * durably.  0 or -1. */
static int write_record(struct cp_ghapi *g, const struct smf_builder *b, int len)
{
    if (len < 0)
        return -1;
    return smf_write(g->smf, b->buf, (size_t)len) ? -1 : 0;
}

static int svc_auth(void *ctx, const struct ghapi_caller *who, const char *userid, const char *class_name,
                      const char *resource, unsigned access, struct ghapi_auth_result *res)
{
    struct cp_ghapi *g = ctx;
    (void)who;
    if (!g->saf) {
        *res = (struct ghapi_auth_result){SAF_RC_NODECISION, 0, 0};
        return 0;
    }
    maybe_reload(g);
    struct saf_request rq = {.user = userid, .cls = class_name, .resource = resource, .access = access_of(access)};
    struct saf_result r;
    saf_auth(g->saf, &rq, &r);
    res->saf_rc = (uint32_t)r.saf_rc;
    res->racf_rc = (uint32_t)r.racf_rc;
    res->racf_reason = (uint32_t)r.racf_reason;
    if (r.audit && r.smf_qualifier >= 0 && g->smf) {
        /* an audited decision is answered only once its record is durable */
        struct smf_builder b;
        struct smf_stamp now = smf_stamp_now();
        int len = smf_build_racf_access(&b, &now, g->sysid, (enum smf80_evq)r.smf_qualifier, userid, r.group,
                                        class_name, resource, smf_access_of(rq.access), smf_access_of(r.granted),
                                        r.profile, r.generic);
        if (write_record(g, &b, len))
            return -1;
    }
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
    struct smf_builder b;
    struct smf_stamp now = smf_stamp_now();
    return write_record(g, &b, smf_build_app_event(&b, &now, g->sysid, SMF200_EVENT, &ev));
}

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
    struct smf_builder b;
    struct smf_stamp st = smf_stamp_now();
    if (write_record(g, &b, smf_build_app_event(&b, &st, g->sysid, SMF200_REJECTED, &ev)))
        fprintf(stderr, "zsie: E086 %s: the audit record of a rejected GHAPI request could not be written\n",
                who->userid);
}

static void smf_message(void *ctx, const char *line)
{
    (void)ctx;
    fprintf(stderr, "%s\n", line);
}

int cp_ghapi_open(struct cp *cp, const struct cp_ghapi_config *cfg, char *err, size_t errlen)
{
    struct cp_ghapi *g = calloc(1, sizeof *g);
    if (!g) {
        snprintf(err, errlen, "E080 GHAPI: out of memory");
        return -1;
    }
    snprintf(g->sysid, sizeof g->sysid, "%s", cfg->sysid ? cfg->sysid : "ZSIE");
    pthread_mutex_init(&g->reload_lock, NULL);
    g->racf_path = cfg->racf_path;
    g->reload = cfg->racf_path ? cfg->reload : NULL;
    if (cfg->racf_path) {
        char e[300];
        if (!(g->saf = saf_new()) || saf_load(g->saf, cfg->racf_path, e, sizeof e)) {
            snprintf(err, errlen, "E081 GHAPI: %s", g->saf ? e : "out of memory");
            cp->ghapi = g;
            cp_ghapi_close(cp);
            return -1;
        }
    }
    if (cfg->smf_path) {
        struct smf_dataset_config dc = {.path = cfg->smf_path, .count = 1, .message = smf_message};
        if (smf_open(&g->smf, &dc, NULL)) {
            snprintf(err, errlen, "E082 GHAPI: cannot open the SMF data set %s", cfg->smf_path);
            g->smf = NULL;
            cp->ghapi = g;
            cp_ghapi_close(cp);
            return -1;
        }
    }
    g->svc.auth = svc_auth;
    g->svc.log = g->smf ? svc_log : NULL;
    g->svc.rejected = g->smf ? svc_rejected : NULL;
    g->svc.ctx = g;
    g->svc.trace = cfg->trace;
    g->svc.trace_out = cfg->trace_out;
    diag_ghapi_row(&g->row, &g->svc);
    diag_define(&cp->diag, &g->row);
    cp->ghapi = g;
    return 0;
}

void cp_ghapi_logoff(struct cp *cp, struct vm *vm)
{
    struct cp_ghapi *g = cp->ghapi;
    if (!g || !g->smf)
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
    struct smf_builder b;
    struct smf_stamp st = smf_stamp_now();
    if (write_record(g, &b, smf_build_vm_accounting(&b, &st, g->sysid, &a)))
        fprintf(stderr, "zsie: E083 %s: the accounting record could not be written\n", vm->id);
}

void cp_ghapi_close(struct cp *cp)
{
    struct cp_ghapi *g = cp->ghapi;
    if (!g)
        return;
    if (g->smf && smf_close(g->smf))
        fprintf(stderr, "zsie: E084 GHAPI: closing the SMF data set failed\n");
    if (g->saf)
        saf_free(g->saf);
    pthread_mutex_destroy(&g->reload_lock);
    free(g);
    cp->ghapi = NULL;
}
