/* The kernel proxy: policy lookup, service instances, fallback to the default service table,
 * and the accesses of each service type (in-tree operations tables or plug-ins). */
#include "proxy.h"

#include <inttypes.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "plugin.h"

extern const struct security_ops svc_security_racf, svc_security_audit, svc_security_deny, svc_security_none;
extern const struct logging_ops svc_logging_smf, svc_logging_json, svc_logging_none;
extern const struct memory_ops svc_memory_keep, svc_memory_release, svc_memory_batch;
extern const struct sched_ops svc_sched_threads, svc_sched_shares;
extern const struct console_ops svc_console_stdout, svc_console_file;

static const struct svc_common *const reg_security[] = {&svc_security_racf.c, &svc_security_audit.c,
                                                        &svc_security_deny.c, &svc_security_none.c, NULL};
static const struct svc_common *const reg_logging[] = {&svc_logging_smf.c, &svc_logging_json.c, &svc_logging_none.c,
                                                       NULL};
static const struct svc_common *const reg_memory[] = {&svc_memory_keep.c, &svc_memory_release.c, &svc_memory_batch.c,
                                                      NULL};
static const struct svc_common *const reg_sched[] = {&svc_sched_threads.c, &svc_sched_shares.c, NULL};
static const struct svc_common *const reg_console[] = {&svc_console_stdout.c, &svc_console_file.c, NULL};
static const struct svc_common *const *const registry[SVC_NTYPES] = {reg_security, reg_logging, reg_memory,
                                                                     reg_sched, reg_console};
static const char *const type_names[SVC_NTYPES] = {"security", "logging", "memory", "sched", "console"};
/* what serves when even the default cannot start: always startable, and for security closed */
static const char *const last_resort[SVC_NTYPES] = {"deny", "none", "keep", "threads", "stdout"};

const char *svc_type_name(enum svc_type t)
{
    return (unsigned)t < SVC_NTYPES ? type_names[t] : "?";
}

int svc_type_parse(const char *name)
{
    for (int t = 0; t < SVC_NTYPES; t++)
        if (!strcasecmp(name, type_names[t]))
            return t;
    return -1;
}

const struct svc_common *const *svc_registry(enum svc_type t)
{
    return (unsigned)t < SVC_NTYPES ? registry[t] : NULL;
}

const struct svc_common *svc_find(enum svc_type t, const char *id)
{
    const struct svc_common *const *r = svc_registry(t);
    for (; r && *r; r++)
        if (!strcmp((*r)->id, id))
            return *r;
    return NULL;
}

/* ---- the proxy ---- */
#define MAX_INSTANCES 128
#define MAX_VM_POLICIES 64

struct instance {
    char type[POLICY_NAME_MAX + 1];
    char spec[POLICY_SPEC_MAX + 1];
    char node[POLICY_NAME_MAX + 1];
    int btype;                          /* enum svc_type, or -1 for a declared type */
    const struct svc_common *impl;      /* in-tree; NULL for a plug-in */
    struct plugin *pl;
    void *state;
    bool failed, reported;
    char why[700];
};

struct vm_policy {
    char vm[9];
    struct policy pol;
};

struct proxy {
    struct proxy_config cfg;
    struct decl_set decls;
    pthread_mutex_t lock;
    struct policy node;
    struct vm_policy vms[MAX_VM_POLICIES];
    unsigned nvms;
    struct instance *inst[MAX_INSTANCES];
    unsigned ninst;
    char defaults[SVC_NTYPES][POLICY_SPEC_MAX + 1];
    _Atomic unsigned long fallbacks;
};

struct proxy *proxy_new(const struct proxy_config *cfg)
{
    struct proxy *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->cfg = *cfg;
    if (cfg->decls)
        p->decls = *cfg->decls;
    p->cfg.decls = NULL;
    pthread_mutex_init(&p->lock, NULL);
    /* the default service table */
    snprintf(p->defaults[SVC_SECURITY], sizeof p->defaults[0], "deny");
    snprintf(p->defaults[SVC_LOGGING], sizeof p->defaults[0], "%s", cfg->env.smf_path ? "smf" : "none");
    snprintf(p->defaults[SVC_MEMORY], sizeof p->defaults[0], "release");
    snprintf(p->defaults[SVC_SCHED], sizeof p->defaults[0], "threads");
    snprintf(p->defaults[SVC_CONSOLE], sizeof p->defaults[0], "stdout");
    return p;
}

void proxy_free(struct proxy *p)
{
    if (!p)
        return;
    /* in reverse, so that services started later (which may use earlier ones) stop first */
    for (unsigned i = p->ninst; i-- > 0;) {
        struct instance *in = p->inst[i];
        if (!in->failed) {
            if (in->pl)
                plugin_unload(in->pl);
            else if (in->impl)
                in->impl->stop(in->state);
        }
        free(in);
    }
    pthread_mutex_destroy(&p->lock);
    free(p);
}

const char *proxy_default(const struct proxy *p, enum svc_type t)
{
    return (unsigned)t < SVC_NTYPES ? p->defaults[t] : NULL;
}

static const struct decl_type *type_decl(const struct proxy *p, const char *type)
{
    const struct decl_type *d = decl_find(decl_builtin(), type);
    return d ? d : decl_find(&p->decls, type);
}

bool proxy_type_known(const struct proxy *p, const char *type)
{
    return type_decl(p, type) != NULL;
}

static struct policy *vm_policy(struct proxy *p, const char *vm, bool make)
{
    for (unsigned i = 0; i < p->nvms; i++)
        if (!strcasecmp(p->vms[i].vm, vm))
            return &p->vms[i].pol;
    if (!make || p->nvms == MAX_VM_POLICIES)
        return NULL;
    struct vm_policy *v = &p->vms[p->nvms++];
    memset(v, 0, sizeof *v);
    snprintf(v->vm, sizeof v->vm, "%.8s", vm);
    return &v->pol;
}

int proxy_set_policy(struct proxy *p, const char *vm, const struct policy *pol, char *err, size_t errlen)
{
    for (unsigned i = 0; i < pol->n; i++)
        if (!proxy_type_known(p, pol->e[i].type)) {
            snprintf(err, errlen, "unknown service type '%s' (security logging memory sched console, or declared)",
                     pol->e[i].type);
            return -1;
        }
    pthread_mutex_lock(&p->lock);
    struct policy *dst = vm ? vm_policy(p, vm, true) : &p->node;
    if (dst)
        *dst = *pol;
    pthread_mutex_unlock(&p->lock);
    if (!dst) {
        snprintf(err, errlen, "more than %d virtual machines with a POLICY", MAX_VM_POLICIES);
        return -1;
    }
    return 0;
}

/* ---- instances ---- */

/* Split "PATH[:PREFIX]": a PREFIX is the part after the last ':' when it is an identifier. */
static void plugin_parts(const char *arg, char *path, size_t plen, char *prefix, size_t xlen)
{
    const char *c = strrchr(arg, ':');
    bool ident = c && c[1];
    for (const char *s = c ? c + 1 : ""; ident && *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '_'))
            ident = false;
    size_t n = ident ? (size_t)(c - arg) : strlen(arg);
    snprintf(path, plen, "%.*s", (int)n, arg);
    snprintf(prefix, xlen, "%s", ident ? c + 1 : "");
}

/* Find or start the instance of (type, spec, node); under the lock.  NULL only when out of
 * memory or instances. */
static struct instance *instance_get(struct proxy *p, const char *type, const char *spec, const char *node)
{
    for (unsigned i = 0; i < p->ninst; i++) {
        struct instance *in = p->inst[i];
        if (!strcmp(in->type, type) && !strcmp(in->spec, spec) && !strcmp(in->node, node))
            return in;
    }
    if (p->ninst == MAX_INSTANCES)
        return NULL;
    struct instance *in = calloc(1, sizeof *in);
    if (!in)
        return NULL;
    snprintf(in->type, sizeof in->type, "%s", type);
    snprintf(in->spec, sizeof in->spec, "%s", spec);
    snprintf(in->node, sizeof in->node, "%s", node);
    in->btype = svc_type_parse(type);
    char id[POLICY_SPEC_MAX + 1];
    policy_spec_id(spec, id, sizeof id);
    const char *arg = policy_spec_arg(spec);
    const struct decl_type *d = type_decl(p, type);
    if (node[0]) {
        /* the remote slot of every type: the distributed half serves it */
        char e[300] = "not available (no distributed engine in this build)";
        if (in->btype < 0 || !p->cfg.remote ||
            p->cfg.remote(p->cfg.remote_ctx, (enum svc_type)in->btype, spec, node, &in->impl, &in->state, e, sizeof e)) {
            snprintf(in->why, sizeof in->why, "service node %s: %s", node, e);
            in->impl = NULL;
            in->failed = true;
        }
    } else if (!strcmp(id, "plugin")) {
        char path[POLICY_SPEC_MAX + 1], prefix[POLICY_SPEC_MAX + 1];
        plugin_parts(arg, path, sizeof path, prefix, sizeof prefix);
        if (!d) {
            snprintf(in->why, sizeof in->why, "type %s is not declared", type);
            in->failed = true;
        } else if (plugin_load(&in->pl, path, prefix, d, "", in->why, sizeof in->why)) {
            in->failed = true;
        }
    } else if (in->btype < 0) {
        snprintf(in->why, sizeof in->why, "declared type %s has only plug-in services (plugin:PATH[:PREFIX])", type);
        in->failed = true;
    } else if (!(in->impl = svc_find((enum svc_type)in->btype, id))) {
        snprintf(in->why, sizeof in->why, "unknown %s service '%s'", type, id);
        in->failed = true;
    } else {
        char e[300];
        if (in->impl->start(&in->state, arg, &p->cfg.env, e, sizeof e)) {
            snprintf(in->why, sizeof in->why, "%s %s cannot start: %s", type, id, e);
            in->failed = true;
        }
    }
    p->inst[p->ninst++] = in;
    return in;
}

static void emit(struct proxy *p, unsigned code, const char *who, const char *vm, const char *text, bool record);

/* The instance serving type for vm (NULL: the node).  *source: "vm", "node" or "default". */
static struct instance *resolve(struct proxy *p, const char *type, const char *vm, const char **source)
{
    char report[1600] = "";
    pthread_mutex_lock(&p->lock);
    const struct policy_entry *e = NULL;
    const char *src = "default";
    const struct policy *vp = vm ? vm_policy(p, vm, false) : NULL;
    if (vp && (e = policy_find(vp, type)))
        src = "vm";
    else if ((e = policy_find(&p->node, type)))
        src = "node";
    int bt = svc_type_parse(type);
    struct instance *in = NULL;
    if (e)
        in = instance_get(p, type, e->spec, e->node);
    else if (bt >= 0)
        in = instance_get(p, type, p->defaults[bt], "");
    if ((!in || in->failed) && bt >= 0) {
        if (in && !in->reported) {
            in->reported = true;
            snprintf(report, sizeof report, "%s %s%s%s%s%s: %s; the default %s serves", type, in->spec,
                     in->node[0] ? "@" : "", in->node, vm ? " for " : "", vm ? vm : "", in->why, p->defaults[bt]);
        }
        if (in)
            atomic_fetch_add(&p->fallbacks, 1);
        struct instance *d = instance_get(p, type, p->defaults[bt], "");
        if (!d || d->failed) {
            if (d && !d->reported) {
                d->reported = true;
                fprintf(p->cfg.msgs ? p->cfg.msgs : stderr, "zsie: E401 kernel proxy: the default %s %s: %s; %s serves\n",
                        type, d->spec, d->why, last_resort[bt]);
            }
            d = instance_get(p, type, last_resort[bt], "");
        }
        in = d;
        src = "default";
    } else if (in && in->failed && !in->reported) {
        /* a declared type has no default service: its caller hears "no service" */
        in->reported = true;
        atomic_fetch_add(&p->fallbacks, 1);
        snprintf(report, sizeof report, "%s %s%s%s%s%s: %s; no default serves a declared type", type, in->spec,
                 in->node[0] ? "@" : "", in->node, vm ? " for " : "", vm ? vm : "", in->why);
    }
    pthread_mutex_unlock(&p->lock);
    if (report[0]) {
        char line[1700];
        snprintf(line, sizeof line, "E400 kernel proxy: %s", report);
        /* a logging failure is reported on stderr only: its record would go to itself */
        emit(p, PROXY_EV_FALLBACK, vm ? vm : "ZSIE", vm ? vm : "", line, bt != SVC_LOGGING);
    }
    if (source)
        *source = src;
    return in && !in->failed ? in : NULL;
}

unsigned long proxy_fallbacks(struct proxy *p)
{
    return atomic_load(&p->fallbacks);
}

/* ---- logging accesses (used by the others) ---- */
static int log_plugin(struct instance *in, const char *vm, const char *kind, const char *text)
{
    union decl_value a[3] = {{.s = vm ? vm : ""}, {.s = kind}, {.s = text}}, r = {0};
    plugin_call(in->pl, 0, a, &r);
    return r.i32 ? -1 : 0;
}

static void emit(struct proxy *p, unsigned code, const char *who, const char *vm, const char *text, bool record)
{
    fprintf(p->cfg.msgs ? p->cfg.msgs : stderr, "zsie: %s\n", text);
    if (!record)
        return;
    struct log_event ev = {code, who, vm, text};
    if (proxy_log_event(p, &ev) == -1)
        fprintf(p->cfg.msgs ? p->cfg.msgs : stderr, "zsie: E402 kernel proxy: the event could not be logged\n");
}

int proxy_log_event(struct proxy *p, const struct log_event *ev)
{
    struct instance *in = resolve(p, "logging", ev->vm[0] ? ev->vm : NULL, NULL);
    if (!in)
        return -1;
    if (in->pl)
        return log_plugin(in, ev->vm, "proxy", ev->text);
    return ((const struct logging_ops *)in->impl)->event(in->state, ev);
}

int proxy_log_app(struct proxy *p, const char *vm, enum smf200_subtype subtype, const struct smf_app_event *ev)
{
    struct instance *in = resolve(p, "logging", vm, NULL);
    if (!in)
        return -1;
    if (in->pl) {
        char text[SMF200_DATA_MAX * 2 + 200];
        int n = snprintf(text, sizeof text, "%s %s ", ev->appname, ev->appver);
        for (size_t i = 0; i < ev->data_len && n > 0 && (size_t)n + 3 < sizeof text; i++)
            n += snprintf(text + n, sizeof text - (size_t)n, "%02x", ((const uint8_t *)ev->data)[i]);
        return log_plugin(in, vm, subtype == SMF200_EVENT ? "app_event" : "ghapi_rejected", text);
    }
    return ((const struct logging_ops *)in->impl)->app_event(in->state, subtype, ev);
}

int proxy_log_accounting(struct proxy *p, const char *vm, const struct smf_vm_accounting *a)
{
    struct instance *in = resolve(p, "logging", vm, NULL);
    if (!in)
        return -1;
    if (in->pl) {
        char text[200];
        snprintf(text, sizeof text, "cpu_us=%" PRIu64 " instructions=%" PRIu64, a->cpu_us, a->instructions);
        return log_plugin(in, vm, "accounting", text);
    }
    return ((const struct logging_ops *)in->impl)->accounting(in->state, a);
}

static int log_access(struct proxy *p, const char *vm, const struct log_access *a)
{
    struct instance *in = resolve(p, "logging", vm, NULL);
    if (!in)
        return -1;
    if (in->pl) {
        char text[600];
        snprintf(text, sizeof text, "%s %s %s %s q=%d", a->user, a->cls, a->resource, smf_access_name((int)a->intent),
                 (int)a->qualifier);
        return log_plugin(in, vm, "access", text);
    }
    return ((const struct logging_ops *)in->impl)->access(in->state, a);
}

/* ---- security ---- */
int proxy_auth(struct proxy *p, const struct sec_request *rq, struct saf_result *r)
{
    struct instance *in = resolve(p, "security", rq->vm, NULL);
    memset(r, 0, sizeof *r);
    if (in && in->pl) {
        union decl_value a[5] = {{.s = rq->vm ? rq->vm : ""}, {.s = rq->user}, {.s = rq->cls}, {.s = rq->resource},
                                 {.u32 = (uint32_t)rq->access}},
                         v = {0};
        plugin_call(in->pl, 0, a, &v);
        if (v.i32 == SAF_RC_OK || v.i32 == SAF_RC_NODECISION) {
            r->saf_rc = v.i32;
            r->granted = v.i32 == SAF_RC_OK ? rq->access : RACF_NONE;
            r->smf_qualifier = SAF_Q_NONE;
        } else { /* 8, and anything a plug-in should not answer: closed */
            r->saf_rc = SAF_RC_DENIED;
            r->racf_rc = 8;
            r->audit = true;
            r->smf_qualifier = SAF_Q_INSUFFICIENT;
        }
    } else if (in) {
        ((const struct security_ops *)in->impl)->auth(in->state, rq, r);
    } else { /* cannot happen: deny always starts; but never open */
        r->saf_rc = SAF_RC_DENIED;
        r->racf_rc = 8;
    }
    if (r->audit && r->smf_qualifier >= 0) {
        struct log_access la = {
            .user = rq->user, .group = r->group, .cls = rq->cls, .resource = rq->resource,
            .profile = r->profile, .qualifier = (enum smf80_evq)r->smf_qualifier,
            .intent = (enum smf_access)rq->access, .allowed = (enum smf_access)r->granted, .generic = r->generic,
        };
        /* an audited decision is answered only once its record is durable (or logging is off) */
        if (log_access(p, rq->vm, &la) == -1)
            return -1;
    }
    return 0;
}

/* ---- memory, sched, console ---- */
int proxy_mem_release(struct proxy *p, const char *vm, uint8_t *host, size_t len)
{
    struct instance *in = resolve(p, "memory", vm, NULL);
    if (!in)
        return -1;
    if (in->pl) {
        union decl_value a[3] = {{.s = vm}, {.p = host}, {.u64 = len}}, r = {0};
        plugin_call(in->pl, 0, a, &r);
        return r.i32 ? -1 : 0;
    }
    return ((const struct memory_ops *)in->impl)->release(in->state, vm, host, len);
}

void proxy_mem_flush(struct proxy *p, const char *vm)
{
    struct instance *in = resolve(p, "memory", vm, NULL);
    if (in && !in->pl)
        ((const struct memory_ops *)in->impl)->flush(in->state);
}

void proxy_sched_slice(struct proxy *p, struct sched_vcpu *v)
{
    struct instance *in = resolve(p, "sched", v->vm, NULL);
    if (in && in->pl) {
        union decl_value a[3] = {{.s = v->vm}, {.u32 = v->cpu}, {.u64 = sched_charge(v)}}, r = {0};
        plugin_call(in->pl, 0, a, &r);
        if (r.i64 > 0) {
            uint64_t w = (uint64_t)r.i64 < 200000000ull ? (uint64_t)r.i64 : 200000000ull;
            struct timespec ts = {(time_t)(w / 1000000000ull), (long)(w % 1000000000ull)};
            nanosleep(&ts, NULL);
            atomic_fetch_add(&v->acct->throttled_ns, w);
        }
    } else if (in) {
        ((const struct sched_ops *)in->impl)->slice_end(in->state, v);
    } else {
        sched_charge(v);
    }
}

int proxy_console_write(struct proxy *p, const char *vm, const char *buf, size_t len)
{
    struct instance *in = resolve(p, "console", vm, NULL);
    if (!in)
        return -1;
    if (in->pl) {
        char *s = strndup(buf, len);
        if (!s)
            return -1;
        union decl_value a[3] = {{.s = vm}, {.s = s}, {.u64 = len}}, r = {0};
        plugin_call(in->pl, 0, a, &r);
        free(s);
        return r.i32 ? -1 : 0;
    }
    return ((const struct console_ops *)in->impl)->write(in->state, vm, buf, len);
}

int proxy_call(struct proxy *p, const char *type, const char *vm, const char *func, const union decl_value *args,
               unsigned nargs, union decl_value *ret, char *err, size_t errlen)
{
    const struct decl_type *d = type_decl(p, type);
    if (!d) {
        snprintf(err, errlen, "unknown service type '%s'", type);
        return -1;
    }
    const struct decl_func *f = decl_func_find(d, func);
    if (!f) {
        snprintf(err, errlen, "type %s has no function '%s'", type, func);
        return -1;
    }
    if (nargs != f->nargs) {
        snprintf(err, errlen, "%s.%s takes %u arguments, not %u", type, func, f->nargs, nargs);
        return -1;
    }
    struct instance *in = resolve(p, type, vm, NULL);
    if (!in || !in->pl) {
        snprintf(err, errlen, "no plug-in serves %s for %s", type, vm ? vm : "this node");
        return -1;
    }
    plugin_call(in->pl, (unsigned)(f - d->f), args, ret);
    return 0;
}

int proxy_reload(struct proxy *p, enum svc_type t, void (*report)(void *ctx, int rc, const char *msg), void *ctx)
{
    int n = 0;
    pthread_mutex_lock(&p->lock);
    for (unsigned i = 0; i < p->ninst; i++) {
        struct instance *in = p->inst[i];
        if (in->btype != (int)t || in->failed || !in->impl || !in->impl->reload)
            continue;
        char msg[400];
        int rc = in->impl->reload(in->state, msg, sizeof msg);
        if (report)
            report(ctx, rc, msg);
        n++;
    }
    pthread_mutex_unlock(&p->lock);
    return n;
}

/* ---- the administration module's view ---- */
int proxy_check(struct proxy *p, enum svc_type t, const char *vm, char *err, size_t errlen)
{
    pthread_mutex_lock(&p->lock);
    const struct policy *vp = vm ? vm_policy(p, vm, false) : NULL;
    const struct policy_entry *e = vp ? policy_find(vp, type_names[t]) : NULL;
    if (!e)
        e = policy_find(&p->node, type_names[t]);
    struct instance *in = instance_get(p, type_names[t], e ? e->spec : p->defaults[t], e ? e->node : "");
    int rc = 0;
    if (!in || in->failed) {
        snprintf(err, errlen, "%s", in ? in->why : "out of memory");
        if (in)
            in->reported = true; /* the caller reports it */
        rc = -1;
    }
    pthread_mutex_unlock(&p->lock);
    return rc;
}

void proxy_named(struct proxy *p, enum svc_type t, char *buf, size_t len)
{
    pthread_mutex_lock(&p->lock);
    const struct policy_entry *e = policy_find(&p->node, type_names[t]);
    if (e)
        policy_entry_format(e, buf, len);
    else
        snprintf(buf, len, "%s %s", type_names[t], p->defaults[t]);
    pthread_mutex_unlock(&p->lock);
    /* without the type: "SPEC[@NODE]" */
    size_t skip = strlen(type_names[t]) + 1;
    memmove(buf, buf + skip, strlen(buf + skip) + 1);
}

void proxy_serving(struct proxy *p, enum svc_type t, const char *vm, char *buf, size_t len)
{
    struct instance *in = resolve(p, type_names[t], vm, NULL);
    snprintf(buf, len, "%s", in ? in->spec : "?");
}

void proxy_show(struct proxy *p, const char *vm, char *buf, size_t len)
{
    size_t n = 0;
    buf[0] = 0;
    pthread_mutex_lock(&p->lock);
    const struct policy *vp = vm ? vm_policy(p, vm, false) : NULL;
    unsigned ntypes = SVC_NTYPES + p->decls.n;
    for (unsigned t = 0; t < ntypes && n < len; t++) {
        const char *type = t < SVC_NTYPES ? type_names[t] : p->decls.t[t - SVC_NTYPES].name;
        const struct policy_entry *e = vp ? policy_find(vp, type) : NULL;
        const char *src = "vm";
        if (!e) {
            e = policy_find(&p->node, type);
            src = "node";
        }
        char line[600];
        if (e)
            policy_entry_format(e, line, sizeof line);
        else
            snprintf(line, sizeof line, "%s %s", type, t < SVC_NTYPES ? p->defaults[t] : "-");
        int k = snprintf(buf + n, len - n, "%s (%s)\n", line, e ? src : "default");
        if (k < 0)
            break;
        n += (size_t)k;
    }
    pthread_mutex_unlock(&p->lock);
}

static int admin_change(struct proxy *p, const char *vm, const char *type, const struct policy_entry *e,
                        const char *who, char *err, size_t errlen)
{
    if (!proxy_type_known(p, type)) {
        snprintf(err, errlen, "unknown service type '%s' (security logging memory sched console, or declared)", type);
        return -1;
    }
    char was[600] = "", now[600] = "";
    pthread_mutex_lock(&p->lock);
    struct policy *pol = vm ? vm_policy(p, vm, true) : &p->node;
    int rc = 0;
    if (!pol) {
        snprintf(err, errlen, "more than %d virtual machines with a POLICY", MAX_VM_POLICIES);
        rc = -1;
    } else {
        const struct policy_entry *old = policy_find(pol, type);
        if (old)
            policy_entry_format(old, was, sizeof was);
        if (e) {
            if (policy_set(pol, e)) {
                snprintf(err, errlen, "the policy is full (%d types)", POLICY_MAX_ENTRIES);
                rc = -1;
            } else {
                policy_entry_format(e, now, sizeof now);
                /* a named service that failed before is tried again */
                for (unsigned i = 0; i < p->ninst; i++) {
                    struct instance *in = p->inst[i];
                    if (in->failed && !strcmp(in->type, e->type) && !strcmp(in->spec, e->spec) &&
                        !strcmp(in->node, e->node)) {
                        memmove(&p->inst[i], &p->inst[i + 1], (p->ninst - i - 1) * sizeof p->inst[0]);
                        p->ninst--;
                        free(in);
                        break;
                    }
                }
            }
        } else if (policy_unset(pol, type)) {
            snprintf(err, errlen, "the %s policy has no %s entry", vm ? vm : "node", type);
            rc = -1;
        }
    }
    pthread_mutex_unlock(&p->lock);
    if (rc)
        return rc;
    char line[1500];
    snprintf(line, sizeof line, "I400 kernel proxy: %s %s %s policy%s%s: %s -> %s", who, e ? "set" : "unset",
             vm ? "the" : "the node's", vm ? " of " : "", vm ? vm : "", was[0] ? was : "(none)",
             now[0] ? now : "(default)");
    emit(p, PROXY_EV_POLICY, who, vm ? vm : "", line, true);
    return 0;
}

int proxy_admin_set(struct proxy *p, const char *vm, const struct policy_entry *e, const char *who, char *err,
                    size_t errlen)
{
    return admin_change(p, vm, e->type, e, who, err, errlen);
}

int proxy_admin_unset(struct proxy *p, const char *vm, const char *type, const char *who, char *err, size_t errlen)
{
    return admin_change(p, vm, type, NULL, who, err, errlen);
}
