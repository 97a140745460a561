/* Profile commands: ADDSD ALTDSD DELDSD (the DATASET class), RDEFINE RALTER RDELETE
 * (general resources, and RDEFINE CDT for an installation class), PERMIT.
 *
 * Whether a name is a generic profile follows RACF: in DATASET, a name with % or * (or any
 * name with the GENERIC operand) is generic, and needs SETROPTS GENERIC or GENCMD for
 * DATASET; in a general-resource class, a name with % or * is generic when the class
 * allows generics and GENERIC or GENCMD is active for it, and otherwise is a discrete
 * profile whose name happens to hold those characters (RACF's ICH10321I). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "racf_cmd.h"
#include "racf_match.h"

#define ISSUER "IBMUSER"

struct target {
    struct racf_class *cls;
    bool generic;
    char name[RACF_PROFILE_LEN + 1];
};

static int resolve(struct racf_ctx *c, const char *verb, struct racf_class *cls, const struct racf_item *it,
                   bool generic_kw, bool defining, struct target *t)
{
    t->cls = cls;
    if (strlen(it->text) > cls->maxlength)
        return racf_fail(c, 231, "%s: '%.50s...' is longer than %u, the longest name in class %s", verb, it->text,
                         cls->maxlength, cls->name);
    if (racf_upper(c, "profile name", it->text, t->name, sizeof t->name) < 0)
        return -1;
    bool chars = racf_has_generic_chars(t->name);
    bool enabled = cls->generic || cls->gencmd;
    if (cls->dataset) {
        t->generic = generic_kw || chars;
        if (t->generic && !enabled)
            return racf_fail(c, 225, "%s: generic profile %s needs SETROPTS GENERIC(DATASET) or GENCMD(DATASET)",
                             verb, t->name);
    } else {
        t->generic = chars && cls->generic_allowed && enabled;
    }
    const char *why = racf_profile_name_problem(t->name, cls->dataset, t->generic);
    if (why)
        return racf_fail(c, 216, "%s: profile name '%s' has %s", verb, t->name, why);
    if (defining && cls->dataset) {
        char hlq[RACF_ID_LEN + 2] = "";
        size_t n = strcspn(t->name, ".");
        if (n <= RACF_ID_LEN)
            memcpy(hlq, t->name, n);
        if (!hlq[0] || (!racf_find_user(c->db, hlq) && !racf_find_group(c->db, hlq)))
            return racf_fail(c, 217, "%s: the high-level qualifier of %s is not a defined user or group", verb,
                             t->name);
    }
    return 0;
}

static struct racf_profile *existing(struct racf_ctx *c, const char *verb, struct target *t)
{
    struct racf_profile *p = racf_find_profile(&t->cls->live, t->name, t->generic);
    if (!p)
        racf_fail(c, 215, "%s: %s profile %s not defined in class %s", verb, t->generic ? "generic" : "discrete",
                  t->name, t->cls->name);
    return p;
}

int racf_audit_value(struct racf_ctx *c, const struct racf_item *it, struct racf_profile *p)
{
    static const char *const kinds[] = {"ALL", "SUCCESS", "FAILURES", "NONE"};
    uint8_t succ = RACF_AUDIT_OFF, fail = RACF_AUDIT_OFF;
    bool none = false;
    for (unsigned i = 0; i < it->nargs; i++) {
        const struct racf_item *a = &it->args[i];
        if (!a->text || a->quoted)
            return racf_fail(c, 219, "AUDIT: expected ALL, SUCCESS, FAILURES or NONE");
        size_t len = strlen(a->text);
        int kind = -1;
        for (int k = 0; k < 4; k++)
            if (len && len <= strlen(kinds[k]) && !strncmp(a->text, kinds[k], len))
                kind = k;
        if (kind < 0)
            return racf_fail(c, 219, "AUDIT: '%.20s' is not ALL, SUCCESS, FAILURES or NONE", a->text);
        enum racf_access level = RACF_READ;
        if (kind == 3) {
            if (a->has_args)
                return racf_fail(c, 219, "AUDIT: NONE takes no access level");
            none = true;
            continue;
        }
        if (a->has_args) {
            if (a->nargs != 1 || !a->args[0].text || a->args[0].has_args)
                return racf_fail(c, 219, "AUDIT: %s takes one access level", kinds[kind]);
            int l = racf_access_parse(a->args[0].text);
            if (l < 0)
                return racf_fail(c, 218, "AUDIT: %s(%.20s): not an access level", kinds[kind], a->args[0].text);
            level = (enum racf_access)l;
        }
        if (kind != 2)
            succ = (uint8_t)level;
        if (kind != 1)
            fail = (uint8_t)level;
    }
    if (none && (succ != RACF_AUDIT_OFF || fail != RACF_AUDIT_OFF))
        return racf_fail(c, 219, "AUDIT: NONE with another kind");
    if (it->nargs == 0)
        return racf_fail(c, 219, "AUDIT needs ALL, SUCCESS, FAILURES or NONE");
    p->audit_success = succ;
    p->audit_failure = fail;
    return 0;
}

/* Keywords of the define and alter commands, one table (unused ones are refused). */
enum { P_UACC, P_AUDIT, P_OWNER, P_WARNING, P_NOWARNING, P_DATA, P_APPLDATA, P_GENERIC, P_SET, P_NOSET, P_CDTINFO,
       P_COUNT };
static const struct racf_kw prof_kw[P_COUNT] = {
    [P_UACC] = {"UACC", KW_VALUE},       [P_AUDIT] = {"AUDIT", KW_NESTED}, [P_OWNER] = {"OWNER", KW_VALUE},
    [P_WARNING] = {"WARNING", KW_FLAG},  [P_NOWARNING] = {"NOWARNING", KW_FLAG},
    [P_DATA] = {"DATA", KW_VALUE},       [P_APPLDATA] = {"APPLDATA", KW_VALUE},
    [P_GENERIC] = {"GENERIC", KW_FLAG},  [P_SET] = {"SET", KW_FLAG},         [P_NOSET] = {"NOSET", KW_FLAG},
    [P_CDTINFO] = {"CDTINFO", KW_NESTED},
};

static int apply(struct racf_ctx *c, const char *verb, const struct racf_item **k, struct racf_profile *p)
{
    enum racf_access a;
    if (k[P_UACC]) {
        if (racf_access_value(c, "UACC", k[P_UACC], &a) < 0)
            return -1;
        p->uacc = (uint8_t)a;
    }
    if (k[P_AUDIT] && racf_audit_value(c, k[P_AUDIT], p) < 0)
        return -1;
    if (k[P_OWNER] && racf_owner(c, k[P_OWNER], p->owner) < 0)
        return -1;
    if (k[P_WARNING] && k[P_NOWARNING])
        return racf_fail(c, 222, "%s: WARNING conflicts with NOWARNING", verb);
    if (k[P_WARNING])
        p->warning = true;
    if (k[P_NOWARNING])
        p->warning = false;
    if (k[P_DATA] && racf_value(c, "DATA", k[P_DATA], p->data, sizeof p->data, true) < 0)
        return -1;
    return 0;
}

static int define(struct racf_ctx *c, const char *verb, struct target *t, const struct racf_item **k)
{
    if (racf_find_profile(&t->cls->live, t->name, t->generic))
        return racf_fail(c, 214, "%s: %s profile %s is already defined in class %s", verb,
                         t->generic ? "generic" : "discrete", t->name, t->cls->name);
    struct racf_profile p = {0};
    strcpy(p.name, t->name);
    p.generic = t->generic;
    p.uacc = t->cls->default_uacc;
    p.audit_success = RACF_AUDIT_OFF;
    p.audit_failure = RACF_READ; /* RACF's default AUDIT(FAILURES(READ)) */
    strcpy(p.owner, ISSUER);
    p.created = c->db->today;
    if (apply(c, verb, k, &p) < 0)
        return -1;
    if (racf_profiles_add(&t->cls->live, &p) < 0)
        return racf_fail(c, 229, "%s: class %s is full (%d profiles) or out of memory", verb, t->cls->name,
                         RACF_MAX_PROFILES);
    return 0;
}

/* ADDSD ALTDSD DELDSD, RDEFINE RALTER RDELETE after the class is known. */
static int profile_command(struct racf_ctx *c, const char *verb, struct racf_class *cls,
                           const struct racf_item *names, unsigned nn, const struct racf_item **k)
{
    bool def = !strcmp(verb, "ADDSD") || !strcmp(verb, "RDEFINE");
    bool del = !strcmp(verb, "DELDSD") || !strcmp(verb, "RDELETE");
    for (unsigned i = 0; i < nn; i++) {
        struct target t;
        if (resolve(c, verb, cls, &names[i], k[P_GENERIC] != NULL, def, &t) < 0)
            return -1;
        if (def) {
            if (define(c, verb, &t, k) < 0)
                return -1;
            continue;
        }
        struct racf_profile *p = existing(c, verb, &t);
        if (!p)
            return -1;
        if (del) {
            racf_profiles_remove(&cls->live, p);
            continue;
        }
        struct racf_profile tmp = *p; /* all or nothing: alter a copy (the ACL is shared, unchanged) */
        if (apply(c, verb, k, &tmp) < 0)
            return -1;
        *p = tmp;
    }
    return 0;
}

/* Which keywords each command takes. */
static bool allowed(const char *verb, unsigned kw)
{
    switch (kw) {
    case P_UACC: case P_AUDIT: case P_OWNER: case P_DATA:
        return strcmp(verb, "DELDSD") && strcmp(verb, "RDELETE");
    case P_WARNING:
        return !strcmp(verb, "ADDSD") || !strcmp(verb, "ALTDSD") || !strcmp(verb, "RDEFINE") || !strcmp(verb, "RALTER");
    case P_NOWARNING:
        return !strcmp(verb, "ALTDSD") || !strcmp(verb, "RALTER");
    case P_APPLDATA:
        return !strcmp(verb, "RDEFINE") || !strcmp(verb, "RALTER");
    case P_GENERIC:
        return !strcmp(verb, "ADDSD") || !strcmp(verb, "ALTDSD") || !strcmp(verb, "DELDSD");
    case P_SET: case P_NOSET:
        return !strcmp(verb, "ADDSD") || !strcmp(verb, "DELDSD");
    case P_CDTINFO:
        return !strcmp(verb, "RDEFINE");
    }
    return false;
}

static int keywords(struct racf_ctx *c, const char *verb, const struct racf_item *items, unsigned n,
                    const struct racf_item **k)
{
    if (racf_keywords(c, verb, items, n, prof_kw, P_COUNT, k) < 0)
        return -1;
    for (unsigned i = 0; i < P_COUNT; i++)
        if (k[i] && !allowed(verb, i))
            return racf_fail(c, 205, "%s: keyword %s does not belong to this command", verb, prof_kw[i].name);
    return 0;
}

int racf_cmd_dataset(struct racf_ctx *c, const char *verb, struct racf_item *items, unsigned n)
{
    if (n == 0)
        return racf_fail(c, 221, "%s needs a profile name", verb);
    const struct racf_item *names, *k[P_COUNT] = {0};
    unsigned nn;
    if (racf_names(c, verb, &items[0], &names, &nn) < 0 || keywords(c, verb, items + 1, n - 1, k) < 0)
        return -1;
    return profile_command(c, verb, racf_find_class(c->db, "DATASET"), names, nn, k);
}

/* RDEFINE CDT class CDTINFO(...): an installation class, usable at once. */
static int cdt_define(struct racf_ctx *c, const struct racf_item *names, unsigned nn, const struct racf_item **k)
{
    struct racf_db *db = c->db;
    for (unsigned i = 0; i < P_COUNT; i++)
        if (k[i] && i != P_CDTINFO && i != P_UACC && i != P_OWNER && i != P_DATA)
            return racf_fail(c, 228, "RDEFINE CDT: %s does not apply to a class", prof_kw[i].name);
    for (unsigned i = 0; i < nn; i++) {
        char name[RACF_ID_LEN + 1];
        if (racf_upper(c, "class name", names[i].text, name, sizeof name) < 0)
            return -1;
        if (!racf_valid_id(name) || name[0] < 'A' || name[0] > 'Z')
            return racf_fail(c, 208, "RDEFINE CDT: '%s' is not a valid class name", name);
        if (racf_find_class(db, name) || !strcmp(name, "CDT"))
            return racf_fail(c, 214, "RDEFINE CDT: class %s is already defined", name);
        if (db->nclasses >= RACF_MAX_CLASSES)
            return racf_fail(c, 229, "the class table is full (%d classes)", RACF_MAX_CLASSES);
        struct racf_class cl = {0};
        strcpy(cl.name, name);
        cl.installed = true;
        cl.maxlength = 39;
        cl.default_rc = 4;
        cl.generic_allowed = true;
        cl.raclist_rule = RACF_RACLIST_ALLOWED;
        const struct racf_item *info = k[P_CDTINFO];
        for (unsigned j = 0; info && j < info->nargs; j++) {
            const struct racf_item *a = &info->args[j];
            if (!a->text || a->quoted || !a->has_args || a->nargs != 1 || !a->args[0].text || a->args[0].has_args)
                return racf_fail(c, 228, "CDTINFO: expected KEYWORD(value) items");
            const char *v = a->args[0].text;
            char *end;
            long num = strtol(v, &end, 10);
            bool isnum = *v >= '0' && *v <= '9' && !*end;
            if (!strcmp(a->text, "MAXLENGTH") && isnum && num >= 1 && num <= RACF_PROFILE_LEN)
                cl.maxlength = (unsigned)num;
            else if (!strcmp(a->text, "DEFAULTRC") && isnum && (num == 4 || num == 8))
                cl.default_rc = (uint8_t)num;
            else if (!strcmp(a->text, "DEFAULTUACC") && racf_access_parse(v) >= 0)
                cl.default_uacc = (uint8_t)racf_access_parse(v);
            else if (!strcmp(a->text, "GENERIC") && (!strcmp(v, "ALLOWED") || !strcmp(v, "DISALLOWED")))
                cl.generic_allowed = v[0] == 'A';
            else if (!strcmp(a->text, "RACLIST") && !strcmp(v, "ALLOWED"))
                cl.raclist_rule = RACF_RACLIST_ALLOWED;
            else if (!strcmp(a->text, "RACLIST") && !strcmp(v, "DISALLOWED"))
                cl.raclist_rule = RACF_RACLIST_DISALLOWED;
            else if (!strcmp(a->text, "RACLIST") && !strcmp(v, "REQUIRED"))
                cl.raclist_rule = RACF_RACLIST_REQUIRED;
            else if (!strcmp(a->text, "POSIT") && isnum && num >= 0 && num <= 1023)
                ; /* the POSIT bit groups classes for SETROPTS in RACF; one class each here */
            else if (!strcmp(a->text, "CASE") && !strcmp(v, "UPPER"))
                ;
            else
                return racf_fail(c, 228, "CDTINFO: %.20s(%.20s) is not supported (MAXLENGTH(1-246) DEFAULTRC(4|8) "
                                 "DEFAULTUACC() GENERIC(ALLOWED|DISALLOWED) RACLIST(ALLOWED|DISALLOWED|REQUIRED) "
                                 "POSIT(n) CASE(UPPER))", a->text, v);
        }
        db->classes[db->nclasses++] = cl;
    }
    return 0;
}

int racf_cmd_general(struct racf_ctx *c, const char *verb, struct racf_item *items, unsigned n)
{
    if (n < 2)
        return racf_fail(c, 221, "%s needs a class and a profile name", verb);
    if (!items[0].text || items[0].quoted || items[0].has_args)
        return racf_fail(c, 221, "%s: the first operand is the class", verb);
    const struct racf_item *names, *k[P_COUNT] = {0};
    unsigned nn;
    if (racf_names(c, verb, &items[1], &names, &nn) < 0 || keywords(c, verb, items + 2, n - 2, k) < 0)
        return -1;
    if (!strcmp(items[0].text, "CDT")) {
        if (!strcmp(verb, "RDEFINE"))
            return cdt_define(c, names, nn, k);
        return racf_fail(c, 228, "%s CDT: only RDEFINE of installation classes is modeled", verb);
    }
    if (k[P_CDTINFO])
        return racf_fail(c, 228, "RDEFINE: CDTINFO belongs to class CDT");
    struct racf_class *cls = racf_find_class(c->db, items[0].text);
    if (!cls)
        return racf_fail(c, 213, "%s: class %.20s is not in the class table", verb, items[0].text);
    if (cls->dataset)
        return racf_fail(c, 213, "%s: DATASET profiles are defined with ADDSD, ALTDSD and DELDSD", verb);
    return profile_command(c, verb, cls, names, nn, k);
}

enum { E_CLASS, E_ID, E_ACCESS, E_DELETE, E_RESET, E_GENERIC, E_COUNT };
static const struct racf_kw permit_kw[E_COUNT] = {
    [E_CLASS] = {"CLASS", KW_VALUE}, [E_ID] = {"ID", KW_LIST},       [E_ACCESS] = {"ACCESS", KW_VALUE},
    [E_DELETE] = {"DELETE", KW_FLAG}, [E_RESET] = {"RESET", KW_FLAG}, [E_GENERIC] = {"GENERIC", KW_FLAG},
};

int racf_cmd_permit(struct racf_ctx *c, const char *verb, struct racf_item *items, unsigned n)
{
    if (n == 0)
        return racf_fail(c, 221, "PERMIT needs a profile name");
    const struct racf_item *names, *k[E_COUNT] = {0};
    unsigned nn;
    if (racf_names(c, verb, &items[0], &names, &nn) < 0 ||
        racf_keywords(c, verb, items + 1, n - 1, permit_kw, E_COUNT, k) < 0)
        return -1;
    char cname[RACF_ID_LEN + 1] = "DATASET";
    if (k[E_CLASS] && racf_value(c, "CLASS", k[E_CLASS], cname, sizeof cname, false) < 0)
        return -1;
    struct racf_class *cls = racf_find_class(c->db, cname);
    if (!cls)
        return racf_fail(c, 213, "PERMIT: class %s is not in the class table", cname);
    if (k[E_GENERIC] && !cls->dataset)
        return racf_fail(c, 205, "PERMIT: GENERIC applies to the DATASET class only");
    if (!k[E_ID] && !k[E_RESET])
        return racf_fail(c, 221, "PERMIT needs ID(...) or RESET");
    if (k[E_DELETE] && k[E_ACCESS])
        return racf_fail(c, 222, "PERMIT: DELETE conflicts with ACCESS");
    if (k[E_DELETE] && !k[E_ID])
        return racf_fail(c, 221, "PERMIT: DELETE needs ID(...)");
    enum racf_access a = RACF_READ;
    if (k[E_ACCESS] && racf_access_value(c, "ACCESS", k[E_ACCESS], &a) < 0)
        return -1;
    char ids[64][RACF_ID_LEN + 1];
    unsigned nid = 0;
    if (k[E_ID]) {
        if (k[E_ID]->nargs > 64)
            return racf_fail(c, 229, "PERMIT: more than 64 IDs in one command");
        for (unsigned i = 0; i < k[E_ID]->nargs; i++) {
            char *id = ids[nid++];
            if (racf_upper(c, "ID", k[E_ID]->args[i].text, id, RACF_ID_LEN + 1) < 0)
                return -1;
            if (strcmp(id, "*") && !racf_find_user(c->db, id) && !racf_find_group(c->db, id))
                return racf_fail(c, 211, "PERMIT: ID(%s) is not a defined user or group", id);
        }
    }
    for (unsigned i = 0; i < nn; i++) {
        struct target t;
        if (resolve(c, verb, cls, &names[i], k[E_GENERIC] != NULL, false, &t) < 0)
            return -1;
        struct racf_profile *p = existing(c, verb, &t);
        if (!p)
            return -1;
        if (k[E_RESET]) {
            free(p->acl);
            p->acl = NULL;
            p->nacl = 0;
        }
        for (unsigned j = 0; j < nid; j++) {
            if (k[E_DELETE])
                racf_acl_remove(p, ids[j]);
            else if (racf_acl_set(p, ids[j], a) < 0)
                return racf_fail(c, 229, "PERMIT: the access list of %s is full (%d entries)", p->name, RACF_MAX_ACL);
        }
    }
    return 0;
}
