/* The RACF model's database: creation, copy, look-ups and the small editing primitives the
 * commands use.  The built-in class table is here. */
#include "racf_db.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

/* The built-in classes: (name, longest profile name).  DATASET's profiles follow the data
 * set naming rules; the others are general-resource classes with IBM's usual CDT values:
 * default return code 4, default UACC NONE, generics allowed, RACLIST allowed. */
static const struct {
    const char *name;
    unsigned maxlength;
} builtin_classes[] = {
    {"DATASET", RACF_DSN_LEN},
    {"FACILITY", 39},
    {"SURROGAT", 246},
    {"XFACILIT", 246},
};

static uint32_t current_yyddd(void)
{
    time_t t = time(NULL);
    struct tm tm;
    if (!gmtime_r(&t, &tm))
        return 0;
    return (uint32_t)(tm.tm_year % 100) * 1000 + (uint32_t)tm.tm_yday + 1;
}

struct racf_db *racf_db_new(uint32_t today)
{
    struct racf_db *db = calloc(1, sizeof *db);
    if (!db)
        return NULL;
    db->today = today ? today : current_yyddd();
    db->classes = calloc(RACF_MAX_CLASSES, sizeof *db->classes);
    db->groups = calloc(1, sizeof *db->groups);
    db->users = calloc(1, sizeof *db->users);
    struct racf_connect *c = calloc(1, sizeof *c);
    if (!db->classes || !db->groups || !db->users || !c) {
        free(c);
        racf_db_free(db);
        return NULL;
    }
    for (size_t i = 0; i < sizeof builtin_classes / sizeof builtin_classes[0]; i++) {
        struct racf_class *k = &db->classes[db->nclasses++];
        strcpy(k->name, builtin_classes[i].name);
        k->dataset = i == 0;
        k->active = k->dataset;
        k->maxlength = builtin_classes[i].maxlength;
        k->default_rc = 4;
        k->default_uacc = RACF_NONE;
        k->generic_allowed = true;
        k->raclist_rule = k->dataset ? RACF_RACLIST_DISALLOWED : RACF_RACLIST_ALLOWED;
    }
    /* RACF's initial database: the group SYS1 and the user IBMUSER, SPECIAL, in it. */
    struct racf_group *g = &db->groups[0];
    strcpy(g->name, "SYS1");
    strcpy(g->owner, "IBMUSER");
    g->created = db->today;
    db->ngroups = db->capgroups = 1;
    struct racf_user *u = &db->users[0];
    strcpy(u->id, "IBMUSER");
    strcpy(u->owner, "IBMUSER");
    strcpy(u->dfltgrp, "SYS1");
    u->special = u->operations = true;
    u->created = db->today;
    strcpy(c->group, "SYS1");
    strcpy(c->owner, "IBMUSER");
    c->auth = RACF_GAUTH_JOIN;
    c->date = db->today;
    u->conn = c;
    u->nconn = 1;
    db->nusers = db->capusers = 1;
    return db;
}

void racf_profiles_free(struct racf_profiles *ps)
{
    for (unsigned i = 0; i < ps->n; i++)
        free(ps->p[i].acl);
    free(ps->p);
    ps->p = NULL;
    ps->n = ps->cap = 0;
}

static void class_free(struct racf_class *c)
{
    racf_profiles_free(&c->live);
    if (c->listed) {
        racf_profiles_free(c->listed);
        free(c->listed);
        c->listed = NULL;
    }
}

void racf_db_free(struct racf_db *db)
{
    if (!db)
        return;
    for (unsigned i = 0; i < db->nusers; i++)
        free(db->users[i].conn);
    free(db->users);
    free(db->groups);
    if (db->classes)
        for (unsigned i = 0; i < db->nclasses; i++)
            class_free(&db->classes[i]);
    free(db->classes);
    free(db);
}

static int profile_copy(struct racf_profile *dst, const struct racf_profile *src)
{
    *dst = *src;
    dst->acl = NULL;
    if (src->nacl) {
        dst->acl = malloc(src->nacl * sizeof *dst->acl);
        if (!dst->acl)
            return -1;
        memcpy(dst->acl, src->acl, src->nacl * sizeof *dst->acl);
    }
    return 0;
}

int racf_profiles_copy(struct racf_profiles *dst, const struct racf_profiles *src)
{
    dst->p = NULL;
    dst->n = dst->cap = 0;
    if (!src->n)
        return 0;
    dst->p = calloc(src->n, sizeof *dst->p);
    if (!dst->p)
        return -1;
    dst->cap = src->n;
    for (unsigned i = 0; i < src->n; i++) {
        if (profile_copy(&dst->p[i], &src->p[i]) < 0) {
            racf_profiles_free(dst);
            return -1;
        }
        dst->n++;
    }
    return 0;
}

struct racf_db *racf_db_clone(const struct racf_db *db)
{
    struct racf_db *n = calloc(1, sizeof *n);
    if (!n)
        return NULL;
    *n = *db;
    n->users = calloc(db->capusers ? db->capusers : 1, sizeof *n->users);
    n->groups = calloc(db->capgroups ? db->capgroups : 1, sizeof *n->groups);
    n->classes = calloc(RACF_MAX_CLASSES, sizeof *n->classes);
    n->nusers = n->nclasses = 0;
    if (!n->users || !n->groups || !n->classes)
        goto fail;
    memcpy(n->groups, db->groups, db->ngroups * sizeof *n->groups);
    for (unsigned i = 0; i < db->nusers; i++) {
        n->users[i] = db->users[i];
        n->users[i].conn = NULL;
        n->nusers++;
        if (db->users[i].nconn) {
            n->users[i].conn = malloc(db->users[i].nconn * sizeof(struct racf_connect));
            if (!n->users[i].conn) {
                n->users[i].nconn = 0;
                goto fail;
            }
            memcpy(n->users[i].conn, db->users[i].conn, db->users[i].nconn * sizeof(struct racf_connect));
        }
    }
    for (unsigned i = 0; i < db->nclasses; i++) {
        struct racf_class *k = &n->classes[i];
        *k = db->classes[i];
        k->live = (struct racf_profiles){0};
        k->listed = NULL;
        n->nclasses++;
        if (racf_profiles_copy(&k->live, &db->classes[i].live) < 0)
            goto fail;
        if (db->classes[i].listed) {
            k->listed = calloc(1, sizeof *k->listed);
            if (!k->listed || racf_profiles_copy(k->listed, db->classes[i].listed) < 0)
                goto fail;
        }
    }
    return n;
fail:
    racf_db_free(n);
    return NULL;
}

struct racf_user *racf_find_user(const struct racf_db *db, const char *id)
{
    for (unsigned i = 0; i < db->nusers; i++)
        if (!strcasecmp(db->users[i].id, id))
            return &db->users[i];
    return NULL;
}

struct racf_group *racf_find_group(const struct racf_db *db, const char *name)
{
    for (unsigned i = 0; i < db->ngroups; i++)
        if (!strcasecmp(db->groups[i].name, name))
            return &db->groups[i];
    return NULL;
}

struct racf_class *racf_find_class(const struct racf_db *db, const char *name)
{
    for (unsigned i = 0; i < db->nclasses; i++)
        if (!strcasecmp(db->classes[i].name, name))
            return &db->classes[i];
    return NULL;
}

struct racf_profile *racf_find_profile(const struct racf_profiles *ps, const char *name, bool generic)
{
    for (unsigned i = 0; i < ps->n; i++)
        if (ps->p[i].generic == generic && !strcmp(ps->p[i].name, name))
            return &ps->p[i];
    return NULL;
}

const struct racf_connect *racf_find_connect(const struct racf_user *u, const char *group)
{
    for (unsigned i = 0; i < u->nconn; i++)
        if (!strcasecmp(u->conn[i].group, group))
            return &u->conn[i];
    return NULL;
}

const struct racf_acl_entry *racf_find_acl(const struct racf_profile *p, const char *id)
{
    for (unsigned i = 0; i < p->nacl; i++)
        if (!strcmp(p->acl[i].id, id))
            return &p->acl[i];
    return NULL;
}

const struct racf_profiles *racf_effective(const struct racf_class *c)
{
    return c->listed ? c->listed : &c->live;
}

int racf_profiles_add(struct racf_profiles *ps, const struct racf_profile *p)
{
    if (ps->n >= RACF_MAX_PROFILES)
        return -1;
    if (ps->n == ps->cap) {
        unsigned cap = ps->cap ? ps->cap * 2 : 8;
        struct racf_profile *np = realloc(ps->p, cap * sizeof *np);
        if (!np)
            return -1;
        ps->p = np;
        ps->cap = cap;
    }
    if (profile_copy(&ps->p[ps->n], p) < 0)
        return -1;
    ps->n++;
    return 0;
}

void racf_profiles_remove(struct racf_profiles *ps, struct racf_profile *p)
{
    size_t i = (size_t)(p - ps->p);
    if (i >= ps->n)
        return;
    free(p->acl);
    memmove(&ps->p[i], &ps->p[i + 1], (ps->n - i - 1) * sizeof *p);
    ps->n--;
}

int racf_acl_set(struct racf_profile *p, const char *id, enum racf_access a)
{
    for (unsigned i = 0; i < p->nacl; i++)
        if (!strcmp(p->acl[i].id, id)) {
            p->acl[i].access = (uint8_t)a;
            return 0;
        }
    if (p->nacl >= RACF_MAX_ACL)
        return -1;
    struct racf_acl_entry *n = realloc(p->acl, (p->nacl + 1) * sizeof *n);
    if (!n)
        return -1;
    p->acl = n;
    memset(&n[p->nacl], 0, sizeof *n);
    strncpy(n[p->nacl].id, id, RACF_ID_LEN);
    n[p->nacl].access = (uint8_t)a;
    p->nacl++;
    return 0;
}

void racf_acl_remove(struct racf_profile *p, const char *id)
{
    for (unsigned i = 0; i < p->nacl; i++)
        if (!strcmp(p->acl[i].id, id)) {
            memmove(&p->acl[i], &p->acl[i + 1], (p->nacl - i - 1) * sizeof p->acl[0]);
            p->nacl--;
            return;
        }
}

static const char *const access_names[] = {"NONE", "EXECUTE", "READ", "UPDATE", "CONTROL", "ALTER"};

const char *racf_access_name(enum racf_access a)
{
    return (unsigned)a < 6 ? access_names[a] : "?";
}

int racf_access_parse(const char *s)
{
    size_t n = strlen(s);
    if (n == 0)
        return -1;
    /* every level starts with a different letter, so any prefix names one */
    for (int i = 0; i < 6; i++)
        if (n <= strlen(access_names[i]) && !strncasecmp(s, access_names[i], n))
            return i;
    return -1;
}

const char *racf_gauth_name(enum racf_gauth a)
{
    static const char *const n[] = {"USE", "CREATE", "CONNECT", "JOIN"};
    return (unsigned)a < 4 ? n[a] : "?";
}

bool racf_valid_id(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > RACF_ID_LEN || isdigit((unsigned char)s[0]))
        return false;
    for (; *s; s++)
        if (!(isupper((unsigned char)*s) || isdigit((unsigned char)*s) || strchr("@#$", *s)))
            return false;
    return true;
}
