/* Security services: the RACF model (SAF), an audit-only service, fail-closed deny, and none
 * (no security manager installed: SAF 4 for everything, as before the kernel proxy). */
#include <stdlib.h>
#include <string.h>

#include "service.h"

struct racf_state {
    struct saf *saf;
    char *path;
};

static int racf_start(void **state, const char *arg, const struct svc_env *env, char *err, size_t errlen)
{
    const char *path = *arg ? arg : env->racf_path;
    if (!path) {
        snprintf(err, errlen, "no RACF database (give --racf FILE or racf:FILE)");
        return -1;
    }
    struct racf_state *s = calloc(1, sizeof *s);
    char e[300];
    if (!s || !(s->path = strdup(path)) || !(s->saf = saf_new()) || saf_load(s->saf, path, e, sizeof e)) {
        snprintf(err, errlen, "%s", s && s->saf ? e : "out of memory");
        if (s && s->saf)
            saf_free(s->saf);
        if (s)
            free(s->path);
        free(s);
        return -1;
    }
    *state = s;
    return 0;
}

static void racf_stop(void *state)
{
    struct racf_state *s = state;
    saf_free(s->saf);
    free(s->path);
    free(s);
}

/* the database file again, swapped under the running guests; a failed reload keeps the old */
static int racf_reload(void *state, char *msg, size_t msglen)
{
    struct racf_state *s = state;
    char e[300];
    if (saf_load(s->saf, s->path, e, sizeof e)) {
        snprintf(msg, msglen, "%s", e);
        return -1;
    }
    snprintf(msg, msglen, "RACF database reloaded from %s (generation %lu)", s->path, saf_generation(s->saf));
    return 0;
}

static void racf_auth_op(void *state, const struct sec_request *rq, struct saf_result *r)
{
    struct racf_state *s = state;
    struct saf_request sr = {.user = rq->user, .cls = rq->cls, .resource = rq->resource, .access = rq->access,
                             .explain = rq->explain, .explain_ctx = rq->explain_ctx};
    saf_auth(s->saf, &sr, r);
}

static int none_start(void **state, const char *arg, const struct svc_env *env, char *err, size_t errlen)
{
    (void)arg, (void)env, (void)err, (void)errlen;
    *state = NULL;
    return 0;
}

static void none_stop(void *state)
{
    (void)state;
}

static void answer(struct saf_result *r, int rc, bool audit, int qualifier, enum racf_access granted)
{
    memset(r, 0, sizeof *r);
    r->saf_rc = rc;
    r->racf_rc = rc == SAF_RC_DENIED ? 8 : 0;
    r->granted = granted;
    r->audit = audit;
    r->smf_qualifier = qualifier;
}

/* audit: allow everything and record every request, for watching what a workload asks before
 * writing its profiles */
static void audit_auth(void *state, const struct sec_request *rq, struct saf_result *r)
{
    (void)state;
    answer(r, SAF_RC_OK, true, SAF_Q_SUCCESS, rq->access);
    snprintf(r->profile, sizeof r->profile, "*AUDIT*");
}

/* deny: the security default, the fallback when the named service cannot be used */
static void deny_auth(void *state, const struct sec_request *rq, struct saf_result *r)
{
    (void)state, (void)rq;
    answer(r, SAF_RC_DENIED, true, SAF_Q_INSUFFICIENT, RACF_NONE);
    snprintf(r->profile, sizeof r->profile, "*DENY*");
}

static void none_auth(void *state, const struct sec_request *rq, struct saf_result *r)
{
    (void)state, (void)rq;
    answer(r, SAF_RC_NODECISION, false, SAF_Q_NONE, RACF_NONE);
}

const struct security_ops svc_security_racf = {
    {"racf", "the RACF model (SAF), the database from racf:FILE or --racf", racf_start, racf_stop, racf_reload},
    racf_auth_op};
const struct security_ops svc_security_audit = {
    {"audit", "allow every request and audit it (type 80 records)", none_start, none_stop, NULL}, audit_auth};
const struct security_ops svc_security_deny = {
    {"deny", "deny every request and audit it: the fail-closed default", none_start, none_stop, NULL}, deny_auth};
const struct security_ops svc_security_none = {
    {"none", "no security manager installed: SAF 4 (no decision)", none_start, none_stop, NULL}, none_auth};
