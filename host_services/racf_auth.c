/* The RACROUTE REQUEST=AUTH decision of the RACF model, step by step as RACF's
 * authorization checking goes (docs/saf.md lists the steps), with the audit verdict and an
 * explanation line per step. */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "racf_match.h"
#include "saf.h"

static void say(const struct saf_request *rq, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void say(const struct saf_request *rq, const char *fmt, ...)
{
    if (!rq->explain)
        return;
    char line[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    rq->explain(rq->explain_ctx, line);
}

enum outcome { ALLOWED, DENIED, WARNED, NOT_PROTECTED };

static const char *logopt_name(unsigned o)
{
    static const char *const n[] = {"DEFAULT", "ALWAYS", "NEVER", "SUCCESSES", "FAILURES"};
    return o < 5 ? n[o] : "?";
}

static void audit_text(uint8_t level, const char *kind, char *buf, size_t n)
{
    if (level == RACF_AUDIT_OFF)
        snprintf(buf, n, "no %s auditing", kind);
    else
        snprintf(buf, n, "%s(%s)", kind, racf_access_name(level));
}

/* Whether the request is audited, and its SMF event qualifier. */
static void audit(const struct saf_request *rq, const struct racf_class *cls, const struct racf_user *u,
                  const struct racf_profile *p, enum outcome o, int qualifier, struct saf_result *r)
{
    r->smf_qualifier = qualifier >= 0 ? qualifier
                     : o == ALLOWED ? SAF_Q_SUCCESS
                     : o == WARNED  ? SAF_Q_WARNING
                     : (!p)         ? SAF_Q_NOT_FOUND
                                    : SAF_Q_INSUFFICIENT;
    const char *why;
    char buf[64];
    bool failure = o == DENIED || o == WARNED;
    if (u && u->uaudit) {
        r->audit = true;
        why = "the user has UAUDIT";
    } else if (cls->logopt == RACF_LOG_NEVER) {
        r->audit = false;
        why = "LOGOPTIONS NEVER";
    } else if (cls->logopt == RACF_LOG_ALWAYS) {
        r->audit = true;
        why = "LOGOPTIONS ALWAYS";
    } else if (o == ALLOWED && cls->logopt == RACF_LOG_SUCCESSES) {
        r->audit = true;
        why = "LOGOPTIONS SUCCESSES";
    } else if (failure && cls->logopt == RACF_LOG_FAILURES) {
        r->audit = true;
        why = "LOGOPTIONS FAILURES";
    } else if (o == NOT_PROTECTED) {
        r->audit = false;
        why = "no profile and no failure";
    } else if (!p) {
        r->audit = failure;
        why = "a failure without a profile is always logged";
    } else {
        uint8_t level = o == ALLOWED ? p->audit_success : p->audit_failure;
        audit_text(level, o == ALLOWED ? "SUCCESS" : "FAILURES", buf, sizeof buf);
        r->audit = level != RACF_AUDIT_OFF && rq->access >= level;
        why = buf;
    }
    if (r->audit)
        say(rq, "audit: yes (%s, LOGOPTIONS %s): SMF type 80, event 2, qualifier %d", why, logopt_name(cls->logopt),
            r->smf_qualifier);
    else
        say(rq, "audit: no (%s, LOGOPTIONS %s)", why, logopt_name(cls->logopt));
}

static void set_rc(struct saf_result *r, int saf, int racf, int reason)
{
    r->saf_rc = saf;
    r->racf_rc = racf;
    r->racf_reason = reason;
}

/* The profile that protects resource: a discrete one of that name, else (generic checking
 * active) the most specific matching generic one. */
static const struct racf_profile *find_profile(const struct saf_request *rq, const struct racf_class *cls,
                                               const struct racf_profiles *ps)
{
    const struct racf_profile *p = racf_find_profile(ps, rq->resource, false);
    if (p) {
        say(rq, "discrete profile %s matches: a discrete profile is used before any generic one", p->name);
        return p;
    }
    say(rq, "no discrete profile %s", rq->resource);
    unsigned ngeneric = 0;
    for (unsigned i = 0; i < ps->n; i++)
        ngeneric += ps->p[i].generic;
    if (!cls->generic) {
        if (ngeneric)
            say(rq, "%u generic profile%s not used: SETROPTS GENERIC(%s) is not active", ngeneric,
                ngeneric == 1 ? "" : "s", cls->name);
        return NULL;
    }
    const struct racf_profile *best = NULL;
    unsigned misses = 0;
    for (unsigned i = 0; i < ps->n; i++) {
        const struct racf_profile *g = &ps->p[i];
        if (!g->generic)
            continue;
        if (!racf_generic_match(g->name, rq->resource, cls->dataset)) {
            misses++;
            continue;
        }
        if (!best) {
            say(rq, "generic profile %s matches", g->name);
            best = g;
            continue;
        }
        char why[96];
        size_t where;
        int cmp = racf_generic_compare(g->name, best->name, &where, why, sizeof why);
        const struct racf_profile *win = cmp < 0 ? g : best, *lose = cmp < 0 ? best : g;
        say(rq, "generic profile %s matches; %s is more specific than %s (position %zu: %s)", g->name, win->name,
            lose->name, where + 1, why);
        best = win;
    }
    if (misses)
        say(rq, "%u generic profile%s do%s not match", misses, misses == 1 ? "" : "s", misses == 1 ? "es" : "");
    if (!best && !misses)
        say(rq, "no generic profiles in class %s", cls->name);
    return best;
}

/* The access list and UACC: the level held, and what decided it. */
static enum racf_access held_access(const struct racf_db *db, const struct saf_request *rq,
                                    const struct racf_user *u, const struct racf_profile *p, struct saf_result *r)
{
    if (u) {
        const struct racf_acl_entry *e = racf_find_acl(p, u->id);
        if (e) {
            say(rq, "access list: user %s has %s (the user's own entry decides, whatever UACC and groups say)", u->id,
                racf_access_name(e->access));
            r->decided_by = SAF_BY_USER;
            return (enum racf_access)e->access;
        }
        say(rq, "access list: no entry for user %s", u->id);
        int best = -1;
        for (unsigned i = 0; i < u->nconn; i++) {
            const char *g = u->conn[i].group;
            if (!db->grplist && strcmp(g, u->dfltgrp))
                continue;
            const struct racf_acl_entry *ge = racf_find_acl(p, g);
            if (!ge)
                continue;
            say(rq, "access list: group %s has %s", g, racf_access_name(ge->access));
            if ((int)ge->access > best) {
                best = ge->access;
                strcpy(r->decided_id, g);
            }
        }
        if (best >= 0) {
            say(rq, "the highest entry of the user's %s decides: %s %s",
                db->grplist ? "groups (GRPLIST active)" : "default group (GRPLIST not active)", r->decided_id,
                racf_access_name((enum racf_access)best));
            r->decided_by = SAF_BY_GROUP;
            return (enum racf_access)best;
        }
        say(rq, "access list: no entry for %s", db->grplist ? "any connected group (GRPLIST active)"
                                                           : "the default group (GRPLIST not active)");
        if (u->restricted) {
            say(rq, "user %s is RESTRICTED: ID(*) and UACC do not apply", u->id);
            r->decided_by = SAF_BY_RESTRICTED;
            return RACF_NONE;
        }
        const struct racf_acl_entry *star = racf_find_acl(p, "*");
        if (star) {
            say(rq, "access list: ID(*) has %s (every RACF-defined user)", racf_access_name(star->access));
            r->decided_by = SAF_BY_IDSTAR;
            return (enum racf_access)star->access;
        }
    } else {
        say(rq, "an undefined user has no access-list entries and is not covered by ID(*)");
    }
    say(rq, "UACC %s decides", racf_access_name(p->uacc));
    r->decided_by = SAF_BY_UACC;
    return (enum racf_access)p->uacc;
}

enum racf_access racf_access_held(const struct racf_db *db, const struct racf_user *u, const struct racf_profile *p)
{
    struct saf_request rq = {0};
    struct saf_result r;
    memset(&r, 0, sizeof r);
    return held_access(db, &rq, u, p, &r);
}

static int status_reason(enum racf_access a)
{
    switch (a) {
    case RACF_READ: return 4;
    case RACF_UPDATE: return 8;
    case RACF_CONTROL: return 0xC;
    case RACF_ALTER: return 0x10;
    default: return 0; /* NONE, and EXECUTE, which gives no READ */
    }
}

int racf_auth(const struct racf_db *db, const struct saf_request *rq, struct saf_result *r)
{
    memset(r, 0, sizeof *r);
    r->smf_qualifier = SAF_Q_NONE;
    const char *user = rq->user ? rq->user : "", *cname = rq->cls ? rq->cls : "";
    const char *res = rq->resource ? rq->resource : "";
    enum racf_access want = rq->access;
    if ((unsigned)want > RACF_ALTER)
        want = RACF_ALTER;
    say(rq, "request: user %s, class %s, resource %s, %s%s", user, cname, res, racf_access_name(want),
        rq->status_access ? " (STATUS=ACCESS)" : "");
    const struct racf_class *cls = racf_find_class(db, cname);
    if (!cls) {
        say(rq, "class %s is not in the class table: no decision", cname);
        set_rc(r, 4, 0, 0);
        return r->saf_rc;
    }
    if (!cls->active) {
        say(rq, "class %s is not active (SETROPTS CLASSACT): no decision", cls->name);
        set_rc(r, 4, 0, 0);
        return r->saf_rc;
    }
    if (cls->raclist_rule == RACF_RACLIST_REQUIRED && !cls->listed) {
        say(rq, "class %s must be RACLISTed and is not: no decision", cls->name);
        set_rc(r, 4, 0, 0);
        return r->saf_rc;
    }
    size_t rlen = strlen(res);
    if (rlen == 0 || rlen > cls->maxlength) {
        say(rq, "resource name of %zu characters: class %s takes 1 to %u: no decision", rlen, cls->name,
            cls->maxlength);
        set_rc(r, 4, 0, 0);
        return r->saf_rc;
    }
    say(rq, "class %s: active%s%s", cls->name, cls->generic ? ", generic profiles used" : "",
        cls->listed ? ", RACLISTed (decisions read the in-storage copy)" : "");
    const struct racf_user *u = racf_find_user(db, user);
    if (!u) {
        say(rq, "user %s is not defined to RACF", user);
    } else {
        char groups[256] = "";
        size_t gl = 0;
        for (unsigned i = 0; rq->explain && i < u->nconn && gl + 12 < sizeof groups; i++)
            gl += (size_t)snprintf(groups + gl, sizeof groups - gl, "%s%s", i ? " " : "", u->conn[i].group);
        snprintf(r->group, sizeof r->group, "%s", u->dfltgrp);
        say(rq, "user %s: default group %s, connected to %s%s%s", u->id, u->dfltgrp, groups,
            u->restricted ? ", RESTRICTED" : "", u->revoked ? ", REVOKED" : "");
        if (u->revoked) {
            say(rq, "user %s is revoked: denied (RACF reason X'1C')", u->id);
            set_rc(r, 8, 8, RACF_REASON_REVOKED);
            if (!rq->status_access)
                audit(rq, cls, u, NULL, DENIED, SAF_Q_INSUFFICIENT, r);
            return r->saf_rc;
        }
    }
    const struct racf_profile *p = find_profile(rq, cls, racf_effective(cls));
    if (!p) {
        if (cls->dataset && db->protectall != RACF_PROTECTALL_OFF && !rq->status_access) {
            if (db->protectall == RACF_PROTECTALL_FAILURES) {
                say(rq, "no profile protects %s and PROTECTALL(FAILURES) is active: denied", res);
                set_rc(r, 8, 8, 0);
                audit(rq, cls, u, NULL, DENIED, -1, r);
            } else {
                say(rq, "no profile protects %s; PROTECTALL(WARNING): allowed with a warning", res);
                set_rc(r, 0, 0, RACF_REASON_WARNING);
                r->warning = true;
                r->granted = want;
                audit(rq, cls, u, NULL, WARNED, -1, r);
            }
            return r->saf_rc;
        }
        if (cls->default_rc == 8 && !rq->status_access) {
            say(rq, "no profile protects %s and class %s's default return code is 8: denied", res, cls->name);
            set_rc(r, 8, 8, 0);
            audit(rq, cls, u, NULL, DENIED, -1, r);
            return r->saf_rc;
        }
        say(rq, "no profile protects %s: not protected (SAF 4, RACF 4)", res);
        set_rc(r, 4, 4, 0);
        if (!rq->status_access)
            audit(rq, cls, u, NULL, NOT_PROTECTED, -1, r);
        return r->saf_rc;
    }
    snprintf(r->profile, sizeof r->profile, "%s", p->name);
    r->generic = p->generic;
    say(rq, "profile %s (%s): UACC %s, %u access-list entr%s%s", p->name, p->generic ? "generic" : "discrete",
        racf_access_name(p->uacc), p->nacl, p->nacl == 1 ? "y" : "ies", p->warning ? ", WARNING" : "");
    enum racf_access held;
    if (cls->dataset && u && strlen(u->id) == strcspn(p->name, ".") && !strncmp(p->name, u->id, strlen(u->id))) {
        say(rq, "the high-level qualifier of %s is the user's ID: the user's own data set, ALTER", p->name);
        r->decided_by = SAF_BY_HLQ;
        held = RACF_ALTER;
    } else {
        held = held_access(db, rq, u, p, r);
    }
    r->granted = held;
    if (rq->status_access) {
        set_rc(r, 0, RACF_RC_STATUS, status_reason(held));
        say(rq, "STATUS=ACCESS: the highest level held is %s: RACF RC X'14', reason X'%02X'", racf_access_name(held),
            r->racf_reason);
        return r->saf_rc;
    }
    if (held >= want) {
        say(rq, "%s held, %s requested: allowed", racf_access_name(held), racf_access_name(want));
        set_rc(r, 0, 0, 0);
        audit(rq, cls, u, p, ALLOWED, -1, r);
    } else if (p->warning) {
        say(rq, "%s held, %s requested: not enough, but the profile is in WARNING mode: allowed, reason 4",
            racf_access_name(held), racf_access_name(want));
        set_rc(r, 0, 0, RACF_REASON_WARNING);
        r->warning = true;
        audit(rq, cls, u, p, WARNED, -1, r);
    } else {
        say(rq, "%s held, %s requested: denied", racf_access_name(held), racf_access_name(want));
        set_rc(r, 8, 8, 0);
        audit(rq, cls, u, p, DENIED, -1, r);
    }
    return r->saf_rc;
}
