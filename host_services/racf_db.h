/* The RACF model's database: users, groups, connections, the class table, discrete and
 * generic profiles with access lists, and the SETROPTS options.  It is built by running a
 * file of RACF commands (racf_parse.c) and read by the decision (racf_auth.c).  Names are
 * kept in upper case; every limit below is checked where a command would pass it, so a
 * database can never grow without bound from its input.
 *
 * The database is plain data owned by one thread while it is built; once published through
 * the SAF holder (saf.h) it is only read. */
#ifndef ZSIE_RACF_DB_H
#define ZSIE_RACF_DB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Access levels in RACF's order: each one includes the ones before it. */
enum racf_access {
    RACF_NONE = 0,
    RACF_EXECUTE,
    RACF_READ,
    RACF_UPDATE,
    RACF_CONTROL,
    RACF_ALTER,
};

#define RACF_ID_LEN 8         /* user, group and class names */
#define RACF_NAME_LEN 20      /* ADDUSER NAME() */
#define RACF_DATA_LEN 255     /* installation data, DATA() */
#define RACF_PROFILE_LEN 246  /* the longest general-resource profile name */
#define RACF_DSN_LEN 44       /* data set names */
#define RACF_MAX_USERS 10000
#define RACF_MAX_GROUPS 10000
#define RACF_MAX_CONNECTS 1000 /* groups one user is connected to */
#define RACF_MAX_CLASSES 64
#define RACF_MAX_PROFILES 20000 /* per class */
#define RACF_MAX_ACL 5000     /* access-list entries per profile */

/* Group authority of a connection (CONNECT AUTHORITY()). */
enum racf_gauth { RACF_GAUTH_USE, RACF_GAUTH_CREATE, RACF_GAUTH_CONNECT, RACF_GAUTH_JOIN };

struct racf_connect {
    char group[RACF_ID_LEN + 1];
    char owner[RACF_ID_LEN + 1];
    uint8_t auth;   /* enum racf_gauth */
    uint8_t uacc;   /* the default UACC of profiles the user creates in this group */
    uint32_t date;  /* yyddd as RACF prints it (26336 = 26.336) */
};

struct racf_user {
    char id[RACF_ID_LEN + 1];
    char name[RACF_NAME_LEN + 1];
    char owner[RACF_ID_LEN + 1];
    char dfltgrp[RACF_ID_LEN + 1];
    char data[RACF_DATA_LEN + 1];
    bool special, operations, auditor, uaudit;
    bool revoked;    /* ALTUSER REVOKE: the user may not use the system */
    bool restricted; /* RESTRICTED: ID(*) and UACC do not apply to this user */
    uint32_t created;
    struct racf_connect *conn; /* the first is the default group's */
    unsigned nconn;
};

struct racf_group {
    char name[RACF_ID_LEN + 1];
    char supgroup[RACF_ID_LEN + 1]; /* empty for SYS1, the top of the tree */
    char owner[RACF_ID_LEN + 1];
    char data[RACF_DATA_LEN + 1];
    uint32_t created;
};

struct racf_acl_entry {
    char id[RACF_ID_LEN + 1]; /* a user, a group, or "*" (every RACF-defined user) */
    uint8_t access;           /* enum racf_access */
};

/* What a profile's AUDIT() asks for: a kind of result is logged when the access requested
 * is at least the level; RACF_AUDIT_OFF means never. */
#define RACF_AUDIT_OFF 0xFF

struct racf_profile {
    char name[RACF_PROFILE_LEN + 1];
    bool generic;         /* matched by the generic rules (racf_match.h), else by name */
    bool warning;         /* WARNING: a denial becomes an allowance with a warning */
    uint8_t uacc;
    uint8_t audit_success; /* a level, or RACF_AUDIT_OFF */
    uint8_t audit_failure; /* default FAILURES(READ) */
    char owner[RACF_ID_LEN + 1];
    char data[RACF_DATA_LEN + 1];
    uint32_t created;
    struct racf_acl_entry *acl;
    unsigned nacl;
};

struct racf_profiles {
    struct racf_profile *p;
    unsigned n, cap;
};

/* SETROPTS LOGOPTIONS for one class. */
enum racf_logopt { RACF_LOG_DEFAULT, RACF_LOG_ALWAYS, RACF_LOG_NEVER, RACF_LOG_SUCCESSES, RACF_LOG_FAILURES };

/* How a class may be RACLISTed (the CDT's RACLIST()). */
enum racf_raclist_rule { RACF_RACLIST_ALLOWED, RACF_RACLIST_DISALLOWED, RACF_RACLIST_REQUIRED };

/* One class of the class table, with its profiles and its SETROPTS state. */
struct racf_class {
    char name[RACF_ID_LEN + 1];
    bool dataset;       /* the DATASET class: data set naming rules, always active */
    bool installed;     /* added by RDEFINE CDT, not built in */
    unsigned maxlength; /* longest profile name */
    uint8_t default_rc; /* RACF return code when no profile protects a resource: 4 or 8 */
    uint8_t default_uacc;
    bool generic_allowed;
    uint8_t raclist_rule;   /* enum racf_raclist_rule */
    bool active;            /* SETROPTS CLASSACT (DATASET is always active) */
    bool generic;           /* SETROPTS GENERIC: generic profiles are used in decisions */
    bool gencmd;            /* SETROPTS GENCMD: generic profiles may be defined */
    uint8_t logopt;         /* enum racf_logopt */
    struct racf_profiles live;    /* what the commands define */
    struct racf_profiles *listed; /* RACLISTed: the copy decisions read, made by SETROPTS
                                   * RACLIST(class) and remade by ... REFRESH; else NULL */
};

enum racf_protectall { RACF_PROTECTALL_OFF, RACF_PROTECTALL_FAILURES, RACF_PROTECTALL_WARNING };

struct racf_db {
    struct racf_user *users;
    unsigned nusers, capusers;
    struct racf_group *groups;
    unsigned ngroups, capgroups;
    struct racf_class *classes;
    unsigned nclasses;
    bool grplist;        /* SETROPTS GRPLIST: every connected group enters access checks */
    uint8_t protectall;  /* enum racf_protectall */
    uint32_t today;      /* the date stamped on what the commands create (yyddd) */
};

/* A new database as RACF's initial one: group SYS1, user IBMUSER (SPECIAL, in SYS1) and
 * the built-in class table (DATASET, FACILITY, SURROGAT, XFACILIT).  Returns NULL when out
 * of memory.  today is yyddd (0 = take the current date). */
struct racf_db *racf_db_new(uint32_t today);
void racf_db_free(struct racf_db *db);
/* A deep copy, or NULL when out of memory. */
struct racf_db *racf_db_clone(const struct racf_db *db);

/* Look-ups by name (case-insensitive); NULL when there is none. */
struct racf_user *racf_find_user(const struct racf_db *db, const char *id);
struct racf_group *racf_find_group(const struct racf_db *db, const char *name);
struct racf_class *racf_find_class(const struct racf_db *db, const char *name);
/* The profile named exactly name, discrete (generic false) or generic, in a profile set. */
struct racf_profile *racf_find_profile(const struct racf_profiles *ps, const char *name, bool generic);
const struct racf_connect *racf_find_connect(const struct racf_user *u, const char *group);
/* The access-list entry for id, or NULL. */
const struct racf_acl_entry *racf_find_acl(const struct racf_profile *p, const char *id);

/* The profiles decisions read for a class: the RACLIST copy when there is one. */
const struct racf_profiles *racf_effective(const struct racf_class *c);

/* Profile-set editing; these return 0, or -1 when a limit or memory runs out. */
int racf_profiles_add(struct racf_profiles *ps, const struct racf_profile *p);
void racf_profiles_remove(struct racf_profiles *ps, struct racf_profile *p);
int racf_profiles_copy(struct racf_profiles *dst, const struct racf_profiles *src);
void racf_profiles_free(struct racf_profiles *ps);
/* Set id's access (adding the entry), or remove it; -1 when the list is full. */
int racf_acl_set(struct racf_profile *p, const char *id, enum racf_access a);
void racf_acl_remove(struct racf_profile *p, const char *id);

/* Access-level names: "NONE" ... "ALTER"; and back from a name or any abbreviation
 * (R, RE, REA, READ ...).  racf_access_parse returns -1 for anything else. */
const char *racf_access_name(enum racf_access a);
int racf_access_parse(const char *s);
const char *racf_gauth_name(enum racf_gauth a);

/* Whether s is a valid user or group name: 1-8 of A-Z 0-9 @ # $, not starting with a
 * digit (s already in upper case). */
bool racf_valid_id(const char *s);

#endif
