/* SETROPTS: CLASSACT GENERIC GENCMD RACLIST (REFRESH) GRPLIST PROTECTALL LOGOPTIONS, each
 * with its NO form; EGN is accepted (enhanced generic naming is always on here).
 *
 * RACLIST(class) makes the in-storage copy that decisions then read; later profile
 * changes reach decisions only with SETROPTS RACLIST(class) REFRESH (or NORACLIST). */
#include <stdlib.h>
#include <string.h>

#include "racf_cmd.h"

enum { S_CLASSACT, S_NOCLASSACT, S_GENERIC, S_NOGENERIC, S_GENCMD, S_NOGENCMD, S_RACLIST, S_NORACLIST, S_REFRESH,
       S_GRPLIST, S_NOGRPLIST, S_PROTECTALL, S_NOPROTECTALL, S_LOGOPTIONS, S_EGN, S_COUNT };
static const struct racf_kw setr_kw[S_COUNT] = {
    [S_CLASSACT] = {"CLASSACT", KW_LIST},     [S_NOCLASSACT] = {"NOCLASSACT", KW_LIST},
    [S_GENERIC] = {"GENERIC", KW_LIST},       [S_NOGENERIC] = {"NOGENERIC", KW_LIST},
    [S_GENCMD] = {"GENCMD", KW_LIST},         [S_NOGENCMD] = {"NOGENCMD", KW_LIST},
    [S_RACLIST] = {"RACLIST", KW_LIST},       [S_NORACLIST] = {"NORACLIST", KW_LIST},
    [S_REFRESH] = {"REFRESH", KW_FLAG},       [S_GRPLIST] = {"GRPLIST", KW_FLAG},
    [S_NOGRPLIST] = {"NOGRPLIST", KW_FLAG},   [S_PROTECTALL] = {"PROTECTALL", KW_FLAG | KW_OPTVALUE},
    [S_NOPROTECTALL] = {"NOPROTECTALL", KW_FLAG}, [S_LOGOPTIONS] = {"LOGOPTIONS", KW_NESTED},
    [S_EGN] = {"EGN", KW_FLAG},
};

/* The classes of a list, '*' standing for every class; calls fn on each. */
static int each_class(struct racf_ctx *c, const char *kw, const struct racf_item *it,
                      int (*fn)(struct racf_ctx *, const char *, struct racf_class *, int), int arg)
{
    for (unsigned i = 0; i < it->nargs; i++) {
        const char *name = it->args[i].text;
        if (!name || it->args[i].has_args)
            return racf_fail(c, 220, "SETROPTS %s: expected class names", kw);
        if (!strcmp(name, "*")) {
            for (unsigned k = 0; k < c->db->nclasses; k++)
                if (fn(c, kw, &c->db->classes[k], arg | 0x100) < 0)
                    return -1;
            continue;
        }
        struct racf_class *cls = racf_find_class(c->db, name);
        if (!cls)
            return racf_fail(c, 213, "SETROPTS %s: class %.20s is not in the class table", kw, name);
        if (fn(c, kw, cls, arg) < 0)
            return -1;
    }
    return 0;
}

static int set_active(struct racf_ctx *c, const char *kw, struct racf_class *cls, int on)
{
    (void)c;
    (void)kw;
    if (!cls->dataset) /* DATASET is always active */
        cls->active = on & 1;
    return 0;
}

static int set_generic(struct racf_ctx *c, const char *kw, struct racf_class *cls, int on)
{
    if (!cls->generic_allowed) {
        if (on & 0x100)
            return 0;
        return racf_fail(c, 220, "SETROPTS %s: class %s does not allow generic profiles", kw, cls->name);
    }
    cls->generic = on & 1;
    if (on & 1)
        cls->gencmd = true; /* GENERIC implies GENCMD */
    return 0;
}

static int set_gencmd(struct racf_ctx *c, const char *kw, struct racf_class *cls, int on)
{
    if (!cls->generic_allowed) {
        if (on & 0x100)
            return 0;
        return racf_fail(c, 220, "SETROPTS %s: class %s does not allow generic profiles", kw, cls->name);
    }
    cls->gencmd = on & 1;
    return 0;
}

/* arg bit 0: on (RACLIST) or off (NORACLIST); bit 1: REFRESH. */
static int set_raclist(struct racf_ctx *c, const char *kw, struct racf_class *cls, int arg)
{
    if (cls->raclist_rule == RACF_RACLIST_DISALLOWED) {
        if (arg & 0x100)
            return 0;
        return racf_fail(c, 220, "SETROPTS %s: class %s cannot be RACLISTed", kw, cls->name);
    }
    if (!(arg & 1)) {
        if (cls->listed) {
            racf_profiles_free(cls->listed);
            free(cls->listed);
            cls->listed = NULL;
        }
        return 0;
    }
    if ((arg & 2) && !cls->listed) {
        if (arg & 0x100)
            return 0;
        return racf_fail(c, 220, "SETROPTS RACLIST(%s) REFRESH: the class is not RACLISTed", cls->name);
    }
    if (cls->listed && !(arg & 2))
        return 0; /* RACLISTed already: the copy stays as it is until a REFRESH */
    struct racf_profiles *n = calloc(1, sizeof *n);
    if (!n || racf_profiles_copy(n, &cls->live) < 0) {
        free(n);
        return racf_fail(c, 230, "out of memory");
    }
    if (cls->listed) {
        racf_profiles_free(cls->listed);
        free(cls->listed);
    }
    cls->listed = n;
    return 0;
}

static int set_logopt(struct racf_ctx *c, const char *kw, struct racf_class *cls, int opt)
{
    (void)c;
    (void)kw;
    cls->logopt = (uint8_t)(opt & 0xFF);
    return 0;
}

static int logoptions(struct racf_ctx *c, const struct racf_item *it)
{
    static const struct {
        const char *name;
        enum racf_logopt opt;
    } levels[] = {{"ALWAYS", RACF_LOG_ALWAYS},       {"NEVER", RACF_LOG_NEVER}, {"SUCCESSES", RACF_LOG_SUCCESSES},
                  {"FAILURES", RACF_LOG_FAILURES}, {"DEFAULT", RACF_LOG_DEFAULT}};
    if (it->nargs == 0)
        return racf_fail(c, 220, "SETROPTS LOGOPTIONS needs level(classes)");
    for (unsigned i = 0; i < it->nargs; i++) {
        const struct racf_item *a = &it->args[i];
        int opt = -1;
        for (unsigned l = 0; a->text && l < 5; l++)
            if (!strcmp(a->text, levels[l].name))
                opt = (int)levels[l].opt;
        if (opt < 0 || a->quoted)
            return racf_fail(c, 220, "SETROPTS LOGOPTIONS: '%.20s' is not ALWAYS, NEVER, SUCCESSES, FAILURES or DEFAULT",
                             a->text ? a->text : "(list)");
        if (!a->has_args) {
            if (opt != RACF_LOG_DEFAULT)
                return racf_fail(c, 220, "SETROPTS LOGOPTIONS: %s needs (classes)", a->text);
            for (unsigned k = 0; k < c->db->nclasses; k++)
                c->db->classes[k].logopt = RACF_LOG_DEFAULT;
            continue;
        }
        if (each_class(c, "LOGOPTIONS", a, set_logopt, opt) < 0)
            return -1;
    }
    return 0;
}

int racf_cmd_setropts(struct racf_ctx *c, const char *verb, struct racf_item *items, unsigned n)
{
    const struct racf_item *k[S_COUNT] = {0};
    if (n == 0)
        return racf_fail(c, 221, "SETROPTS needs an operand");
    if (racf_keywords(c, verb, items, n, setr_kw, S_COUNT, k) < 0)
        return -1;
    static const int pairs[][2] = {{S_CLASSACT, S_NOCLASSACT}, {S_GENERIC, S_NOGENERIC}, {S_GENCMD, S_NOGENCMD},
                                   {S_RACLIST, S_NORACLIST},   {S_GRPLIST, S_NOGRPLIST}, {S_PROTECTALL, S_NOPROTECTALL}};
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
        if (k[pairs[i][0]] && k[pairs[i][1]])
            return racf_fail(c, 222, "SETROPTS: %s conflicts with %s", setr_kw[pairs[i][0]].name,
                             setr_kw[pairs[i][1]].name);
    if (k[S_REFRESH] && !k[S_RACLIST] && !k[S_GENERIC])
        return racf_fail(c, 221, "SETROPTS REFRESH goes with RACLIST(classes) or GENERIC(classes)");
    if (k[S_PROTECTALL]) {
        uint8_t mode = RACF_PROTECTALL_FAILURES;
        const struct racf_item *p = k[S_PROTECTALL];
        if (p->has_args) {
            const char *v = p->nargs == 1 ? p->args[0].text : NULL;
            size_t len = v ? strlen(v) : 0;
            if (v && len && !p->args[0].has_args && !strncmp(v, "FAILURES", len) && len <= 8)
                mode = RACF_PROTECTALL_FAILURES;
            else if (v && len && !p->args[0].has_args && !strncmp(v, "WARNING", len) && len <= 7)
                mode = RACF_PROTECTALL_WARNING;
            else
                return racf_fail(c, 220, "SETROPTS PROTECTALL takes FAILURES or WARNING");
        }
        c->db->protectall = mode;
    }
    if (k[S_NOPROTECTALL])
        c->db->protectall = RACF_PROTECTALL_OFF;
    if (k[S_GRPLIST])
        c->db->grplist = true;
    if (k[S_NOGRPLIST])
        c->db->grplist = false;
    if ((k[S_CLASSACT] && each_class(c, "CLASSACT", k[S_CLASSACT], set_active, 1) < 0) ||
        (k[S_NOCLASSACT] && each_class(c, "NOCLASSACT", k[S_NOCLASSACT], set_active, 0) < 0) ||
        (k[S_GENCMD] && each_class(c, "GENCMD", k[S_GENCMD], set_gencmd, 1) < 0) ||
        (k[S_NOGENCMD] && each_class(c, "NOGENCMD", k[S_NOGENCMD], set_gencmd, 0) < 0) ||
        (k[S_NOGENERIC] && each_class(c, "NOGENERIC", k[S_NOGENERIC], set_generic, 0) < 0) ||
        (k[S_NORACLIST] && each_class(c, "NORACLIST", k[S_NORACLIST], set_raclist, 0) < 0))
        return -1;
    /* GENERIC(classes) REFRESH refreshes in-storage generic profiles in RACF: nothing to do here */
    if (k[S_GENERIC] && !(k[S_REFRESH] && !k[S_RACLIST]) &&
        each_class(c, "GENERIC", k[S_GENERIC], set_generic, 1) < 0)
        return -1;
    if (k[S_RACLIST] && each_class(c, "RACLIST", k[S_RACLIST], set_raclist, 1 | (k[S_REFRESH] ? 2 : 0)) < 0)
        return -1;
    if (k[S_LOGOPTIONS] && logoptions(c, k[S_LOGOPTIONS]) < 0)
        return -1;
    return 0;
}
