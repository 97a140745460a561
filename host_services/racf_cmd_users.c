/* User and group commands: ADDUSER ALTUSER DELUSER CONNECT REMOVE, ADDGROUP DELGROUP.
 * The issuer of every command is IBMUSER (SPECIAL, current connect group SYS1): RACF's
 * defaults that depend on "you" come from it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "racf_cmd.h"

#define ISSUER "IBMUSER"
#define ISSUER_GROUP "SYS1"
#define NKW(t) ((unsigned)(sizeof(t) / sizeof((t)[0])))

static int id_operand(struct racf_ctx *c, const char *verb, const struct racf_item *it, char *id)
{
    if (strlen(it->text) > RACF_ID_LEN)
        return racf_fail(c, 208, "%s: '%.20s' is not a valid name (1-8 of A-Z 0-9 @ # $, not a digit first)", verb,
                         it->text);
    if (racf_upper(c, "name", it->text, id, RACF_ID_LEN + 1) < 0)
        return -1;
    if (!racf_valid_id(id))
        return racf_fail(c, 208, "%s: '%s' is not a valid name (1-8 of A-Z 0-9 @ # $, not a digit first)", verb, id);
    return 0;
}

static int group_operand(struct racf_ctx *c, const char *kw, const struct racf_item *it, char *out)
{
    if (racf_value(c, kw, it, out, RACF_ID_LEN + 1, false) < 0)
        return -1;
    if (!racf_find_group(c->db, out))
        return racf_fail(c, 212, "%s(%s): group not defined", kw, out);
    return 0;
}

static int gauth_value(struct racf_ctx *c, const struct racf_item *it, uint8_t *out)
{
    static const char *const names[] = {"USE", "CREATE", "CONNECT", "JOIN"};
    for (uint8_t i = 0; i < 4; i++)
        if (!strcmp(it->args[0].text, names[i])) {
            *out = i;
            return 0;
        }
    return racf_fail(c, 207, "AUTHORITY(%.20s): not USE, CREATE, CONNECT or JOIN", it->args[0].text);
}

static int add_connect(struct racf_ctx *c, struct racf_user *u, const char *group, const char *owner, uint8_t auth,
                       uint8_t uacc)
{
    if (u->nconn >= RACF_MAX_CONNECTS)
        return racf_fail(c, 229, "%s is connected to %d groups already", u->id, RACF_MAX_CONNECTS);
    struct racf_connect *n = realloc(u->conn, (u->nconn + 1) * sizeof *n);
    if (!n)
        return racf_fail(c, 230, "out of memory");
    u->conn = n;
    struct racf_connect *k = &n[u->nconn++];
    memset(k, 0, sizeof *k);
    strcpy(k->group, group);
    strcpy(k->owner, owner);
    k->auth = auth;
    k->uacc = uacc;
    k->date = c->db->today;
    return 0;
}

/* Both forms of a user attribute: X sets, NOX clears; both at once is an error. */
static int flag_pair(struct racf_ctx *c, const char *verb, const struct racf_item *on, const struct racf_item *off,
                     const char *name, bool *v)
{
    if (on && off)
        return racf_fail(c, 222, "%s: %s conflicts with its opposite", verb, name);
    if (on)
        *v = true;
    if (off)
        *v = false;
    return 0;
}

enum {
    U_NAME, U_OWNER, U_DFLTGRP, U_DATA, U_PASSWORD, U_NOPASSWORD, U_SPECIAL, U_OPERATIONS, U_AUDITOR, U_UAUDIT,
    U_RESTRICTED, U_AUTHORITY, U_UACC,
    /* ALTUSER only */
    U_NOSPECIAL, U_NOOPERATIONS, U_NOAUDITOR, U_NOUAUDIT, U_NORESTRICTED, U_REVOKE, U_RESUME, U_COUNT
};

static const struct racf_kw user_kw[U_COUNT] = {
    [U_NAME] = {"NAME", KW_VALUE},           [U_OWNER] = {"OWNER", KW_VALUE},
    [U_DFLTGRP] = {"DFLTGRP", KW_VALUE},     [U_DATA] = {"DATA", KW_VALUE},
    [U_PASSWORD] = {"PASSWORD", KW_VALUE},   [U_NOPASSWORD] = {"NOPASSWORD", KW_FLAG},
    [U_SPECIAL] = {"SPECIAL", KW_FLAG},      [U_OPERATIONS] = {"OPERATIONS", KW_FLAG},
    [U_AUDITOR] = {"AUDITOR", KW_FLAG},      [U_UAUDIT] = {"UAUDIT", KW_FLAG},
    [U_RESTRICTED] = {"RESTRICTED", KW_FLAG}, [U_AUTHORITY] = {"AUTHORITY", KW_VALUE},
    [U_UACC] = {"UACC", KW_VALUE},           [U_NOSPECIAL] = {"NOSPECIAL", KW_FLAG},
    [U_NOOPERATIONS] = {"NOOPERATIONS", KW_FLAG}, [U_NOAUDITOR] = {"NOAUDITOR", KW_FLAG},
    [U_NOUAUDIT] = {"NOUAUDIT", KW_FLAG},    [U_NORESTRICTED] = {"NORESTRICTED", KW_FLAG},
    [U_REVOKE] = {"REVOKE", KW_FLAG},        [U_RESUME] = {"RESUME", KW_FLAG},
};

static int user_common(struct racf_ctx *c, const char *verb, const struct racf_item **k, struct racf_user *u)
{
    if (k[U_NAME] && racf_value(c, "NAME", k[U_NAME], u->name, sizeof u->name, true) < 0)
        return -1;
    if (k[U_DATA] && racf_value(c, "DATA", k[U_DATA], u->data, sizeof u->data, true) < 0)
        return -1;
    if (k[U_OWNER] && racf_owner(c, k[U_OWNER], u->owner) < 0)
        return -1;
    if (k[U_PASSWORD] && k[U_NOPASSWORD])
        return racf_fail(c, 222, "%s: PASSWORD conflicts with NOPASSWORD", verb);
    if (flag_pair(c, verb, k[U_SPECIAL], k[U_NOSPECIAL], "SPECIAL", &u->special) < 0 ||
        flag_pair(c, verb, k[U_OPERATIONS], k[U_NOOPERATIONS], "OPERATIONS", &u->operations) < 0 ||
        flag_pair(c, verb, k[U_AUDITOR], k[U_NOAUDITOR], "AUDITOR", &u->auditor) < 0 ||
        flag_pair(c, verb, k[U_UAUDIT], k[U_NOUAUDIT], "UAUDIT", &u->uaudit) < 0 ||
        flag_pair(c, verb, k[U_RESTRICTED], k[U_NORESTRICTED], "RESTRICTED", &u->restricted) < 0 ||
        flag_pair(c, verb, k[U_REVOKE], k[U_RESUME], "REVOKE", &u->revoked) < 0)
        return -1;
    return 0;
}

static int adduser(struct racf_ctx *c, const struct racf_item *names, unsigned nn, const struct racf_item **k)
{
    struct racf_db *db = c->db;
    char dflt[RACF_ID_LEN + 1] = ISSUER_GROUP;
    if (k[U_DFLTGRP] && group_operand(c, "DFLTGRP", k[U_DFLTGRP], dflt) < 0)
        return -1;
    uint8_t auth = RACF_GAUTH_USE;
    enum racf_access uacc = RACF_NONE;
    if (k[U_AUTHORITY] && gauth_value(c, k[U_AUTHORITY], &auth) < 0)
        return -1;
    if (k[U_UACC] && racf_access_value(c, "UACC", k[U_UACC], &uacc) < 0)
        return -1;
    for (unsigned i = 0; i < nn; i++) {
        char id[RACF_ID_LEN + 1];
        if (id_operand(c, "ADDUSER", &names[i], id) < 0)
            return -1;
        if (racf_find_user(db, id) || racf_find_group(db, id))
            return racf_fail(c, 209, "ADDUSER: %s is already defined as a %s", id,
                             racf_find_user(db, id) ? "user" : "group");
        if (db->nusers >= RACF_MAX_USERS)
            return racf_fail(c, 229, "more than %d users", RACF_MAX_USERS);
        if (db->nusers == db->capusers) {
            unsigned cap = db->capusers * 2 + 8;
            struct racf_user *nu = realloc(db->users, cap * sizeof *nu);
            if (!nu)
                return racf_fail(c, 230, "out of memory");
            db->users = nu;
            db->capusers = cap;
        }
        struct racf_user *u = &db->users[db->nusers];
        memset(u, 0, sizeof *u);
        strcpy(u->id, id);
        strcpy(u->owner, ISSUER);
        strcpy(u->dfltgrp, dflt);
        u->created = db->today;
        if (user_common(c, "ADDUSER", k, u) < 0 || add_connect(c, u, dflt, dflt, auth, (uint8_t)uacc) < 0) {
            free(u->conn);
            return -1;
        }
        db->nusers++;
    }
    return 0;
}

static int altuser(struct racf_ctx *c, const struct racf_item *names, unsigned nn, const struct racf_item **k)
{
    if (k[U_AUTHORITY] || k[U_UACC])
        return racf_fail(c, 205, "ALTUSER: %s is an ADDUSER or CONNECT keyword", k[U_UACC] ? "UACC" : "AUTHORITY");
    for (unsigned i = 0; i < nn; i++) {
        char id[RACF_ID_LEN + 1], grp[RACF_ID_LEN + 1];
        if (id_operand(c, "ALTUSER", &names[i], id) < 0)
            return -1;
        struct racf_user *u = racf_find_user(c->db, id);
        if (!u)
            return racf_fail(c, 211, "ALTUSER: user %s not defined", id);
        struct racf_user t = *u;
        if (user_common(c, "ALTUSER", k, &t) < 0)
            return -1;
        if (k[U_DFLTGRP]) {
            if (group_operand(c, "DFLTGRP", k[U_DFLTGRP], grp) < 0)
                return -1;
            if (!racf_find_connect(u, grp))
                return racf_fail(c, 226, "ALTUSER: %s is not connected to %s (CONNECT first)", id, grp);
            strcpy(t.dfltgrp, grp);
        }
        *u = t;
    }
    return 0;
}

static int deluser(struct racf_ctx *c, const struct racf_item *names, unsigned nn)
{
    for (unsigned i = 0; i < nn; i++) {
        char id[RACF_ID_LEN + 1];
        if (id_operand(c, "DELUSER", &names[i], id) < 0)
            return -1;
        struct racf_user *u = racf_find_user(c->db, id);
        if (!u)
            return racf_fail(c, 211, "DELUSER: user %s not defined", id);
        free(u->conn);
        size_t at = (size_t)(u - c->db->users);
        memmove(u, u + 1, (c->db->nusers - at - 1) * sizeof *u);
        c->db->nusers--;
    }
    return 0;
}

enum { C_GROUP, C_AUTHORITY, C_OWNER, C_UACC, C_COUNT };
static const struct racf_kw connect_kw[C_COUNT] = {
    [C_GROUP] = {"GROUP", KW_VALUE},
    [C_AUTHORITY] = {"AUTHORITY", KW_VALUE},
    [C_OWNER] = {"OWNER", KW_VALUE},
    [C_UACC] = {"UACC", KW_VALUE},
};

static int connect_remove(struct racf_ctx *c, const char *verb, const struct racf_item *names, unsigned nn,
                          const struct racf_item **k)
{
    bool remove = !strcmp(verb, "REMOVE");
    char grp[RACF_ID_LEN + 1] = ISSUER_GROUP, owner[RACF_ID_LEN + 1];
    if (k[C_GROUP] && group_operand(c, "GROUP", k[C_GROUP], grp) < 0)
        return -1;
    if (k[C_OWNER] && racf_owner(c, k[C_OWNER], owner) < 0)
        return -1;
    if (remove && (k[C_AUTHORITY] || k[C_UACC]))
        return racf_fail(c, 205, "REMOVE: %s is a CONNECT keyword", k[C_UACC] ? "UACC" : "AUTHORITY");
    uint8_t auth = RACF_GAUTH_USE;
    enum racf_access uacc = RACF_NONE;
    if (k[C_AUTHORITY] && gauth_value(c, k[C_AUTHORITY], &auth) < 0)
        return -1;
    if (k[C_UACC] && racf_access_value(c, "UACC", k[C_UACC], &uacc) < 0)
        return -1;
    for (unsigned i = 0; i < nn; i++) {
        char id[RACF_ID_LEN + 1];
        if (id_operand(c, verb, &names[i], id) < 0)
            return -1;
        struct racf_user *u = racf_find_user(c->db, id);
        if (!u)
            return racf_fail(c, 211, "%s: user %s not defined", verb, id);
        struct racf_connect *cn = (struct racf_connect *)racf_find_connect(u, grp);
        if (remove) {
            if (!cn)
                return racf_fail(c, 226, "REMOVE: %s is not connected to %s", id, grp);
            if (!strcmp(u->dfltgrp, grp))
                return racf_fail(c, 226, "REMOVE: %s is %s's default group (ALTUSER DFLTGRP first)", grp, id);
            size_t at = (size_t)(cn - u->conn);
            memmove(cn, cn + 1, (u->nconn - at - 1) * sizeof *cn);
            u->nconn--;
            continue;
        }
        if (cn) {
            /* CONNECT of a connected user changes the connection */
            if (k[C_AUTHORITY])
                cn->auth = auth;
            if (k[C_UACC])
                cn->uacc = (uint8_t)uacc;
            if (k[C_OWNER])
                strcpy(cn->owner, owner);
            continue;
        }
        if (add_connect(c, u, grp, k[C_OWNER] ? owner : grp, auth, (uint8_t)uacc) < 0)
            return -1;
    }
    return 0;
}

int racf_cmd_users(struct racf_ctx *c, const char *verb, struct racf_item *items, unsigned n)
{
    if (n == 0)
        return racf_fail(c, 221, "%s needs a user ID", verb);
    const struct racf_item *names;
    unsigned nn;
    if (racf_names(c, verb, &items[0], &names, &nn) < 0)
        return -1;
    if (!strcmp(verb, "DELUSER")) {
        if (n > 1)
            return racf_fail(c, 223, "DELUSER takes only user IDs");
        return deluser(c, names, nn);
    }
    if (!strcmp(verb, "CONNECT") || !strcmp(verb, "REMOVE")) {
        const struct racf_item *k[C_COUNT] = {0};
        if (racf_keywords(c, verb, items + 1, n - 1, connect_kw, C_COUNT, k) < 0)
            return -1;
        return connect_remove(c, verb, names, nn, k);
    }
    bool add = !strcmp(verb, "ADDUSER");
    const struct racf_item *k[U_COUNT] = {0};
    if (racf_keywords(c, verb, items + 1, n - 1, user_kw, add ? U_NOSPECIAL : U_COUNT, k) < 0)
        return -1;
    return add ? adduser(c, names, nn, k) : altuser(c, names, nn, k);
}

enum { G_SUPGROUP, G_OWNER, G_DATA, G_COUNT };
static const struct racf_kw group_kw[G_COUNT] = {
    [G_SUPGROUP] = {"SUPGROUP", KW_VALUE},
    [G_OWNER] = {"OWNER", KW_VALUE},
    [G_DATA] = {"DATA", KW_VALUE},
};

static int addgroup(struct racf_ctx *c, const struct racf_item *names, unsigned nn, const struct racf_item **k)
{
    struct racf_db *db = c->db;
    char sup[RACF_ID_LEN + 1] = ISSUER_GROUP, owner[RACF_ID_LEN + 1] = ISSUER, data[RACF_DATA_LEN + 1] = "";
    if (k[G_OWNER] && racf_owner(c, k[G_OWNER], owner) < 0)
        return -1;
    /* without SUPGROUP, a group owner is the superior group, else the issuer's group */
    if (k[G_OWNER] && racf_find_group(db, owner))
        strcpy(sup, owner);
    if (k[G_SUPGROUP] && group_operand(c, "SUPGROUP", k[G_SUPGROUP], sup) < 0)
        return -1;
    if (k[G_DATA] && racf_value(c, "DATA", k[G_DATA], data, sizeof data, true) < 0)
        return -1;
    for (unsigned i = 0; i < nn; i++) {
        char name[RACF_ID_LEN + 1];
        if (id_operand(c, "ADDGROUP", &names[i], name) < 0)
            return -1;
        if (racf_find_user(db, name) || racf_find_group(db, name))
            return racf_fail(c, 209, "ADDGROUP: %s is already defined as a %s", name,
                             racf_find_user(db, name) ? "user" : "group");
        if (db->ngroups >= RACF_MAX_GROUPS)
            return racf_fail(c, 229, "more than %d groups", RACF_MAX_GROUPS);
        if (db->ngroups == db->capgroups) {
            unsigned cap = db->capgroups * 2 + 8;
            struct racf_group *ng = realloc(db->groups, cap * sizeof *ng);
            if (!ng)
                return racf_fail(c, 230, "out of memory");
            db->groups = ng;
            db->capgroups = cap;
        }
        struct racf_group *g = &db->groups[db->ngroups++];
        memset(g, 0, sizeof *g);
        strcpy(g->name, name);
        strcpy(g->supgroup, sup);
        strcpy(g->owner, owner);
        strcpy(g->data, data);
        g->created = db->today;
    }
    return 0;
}

static int delgroup(struct racf_ctx *c, const struct racf_item *names, unsigned nn)
{
    struct racf_db *db = c->db;
    for (unsigned i = 0; i < nn; i++) {
        char name[RACF_ID_LEN + 1];
        if (id_operand(c, "DELGROUP", &names[i], name) < 0)
            return -1;
        struct racf_group *g = racf_find_group(db, name);
        if (!g)
            return racf_fail(c, 212, "DELGROUP: group %s not defined", name);
        if (!strcmp(name, "SYS1"))
            return racf_fail(c, 227, "DELGROUP: SYS1 cannot be deleted");
        for (unsigned j = 0; j < db->ngroups; j++)
            if (!strcmp(db->groups[j].supgroup, name))
                return racf_fail(c, 227, "DELGROUP: %s has subgroup %s", name, db->groups[j].name);
        for (unsigned j = 0; j < db->nusers; j++)
            if (racf_find_connect(&db->users[j], name))
                return racf_fail(c, 227, "DELGROUP: %s has user %s connected", name, db->users[j].id);
        size_t at = (size_t)(g - db->groups);
        memmove(g, g + 1, (db->ngroups - at - 1) * sizeof *g);
        db->ngroups--;
    }
    return 0;
}

int racf_cmd_groups(struct racf_ctx *c, const char *verb, struct racf_item *items, unsigned n)
{
    if (n == 0)
        return racf_fail(c, 221, "%s needs a group name", verb);
    const struct racf_item *names;
    unsigned nn;
    if (racf_names(c, verb, &items[0], &names, &nn) < 0)
        return -1;
    if (!strcmp(verb, "DELGROUP")) {
        if (n > 1)
            return racf_fail(c, 223, "DELGROUP takes only group names");
        return delgroup(c, names, nn);
    }
    const struct racf_item *k[G_COUNT] = {0};
    if (racf_keywords(c, verb, items + 1, n - 1, group_kw, G_COUNT, k) < 0)
        return -1;
    return addgroup(c, names, nn, k);
}
