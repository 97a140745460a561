/* SAF, the host's security manager interface, with the RACF model behind it.
 *
 * The GHAPI layer asks for RACROUTE REQUEST=AUTH decisions here:
 *
 *   struct saf *s = saf_new();
 *   saf_load(s, "examples/racf/demo.racf", err, sizeof err);     // or keep the old one
 *   struct saf_request rq = {.user = "LINUX1", .cls = "FACILITY",
 *                            .resource = "APP.PAYROLL.REPORT", .access = RACF_READ};
 *   struct saf_result r;
 *   saf_auth(s, &rq, &r);        // r.saf_rc 0 allowed, 4 no decision, 8 denied
 *   if (r.audit) ... an SMF type 80 record, event 2 (resource access), r.smf_qualifier
 *
 * saf_auth may run on any number of threads while another reloads (saf_load) or changes
 * (saf_command) the database: readers see the old database or the new one, never a part
 * built one, and a failed reload keeps the old one.  docs/saf.md describes the rules. */
#ifndef ZSIE_SAF_H
#define ZSIE_SAF_H

#include <stdbool.h>
#include <stddef.h>

#include "racf_db.h"

/* RACROUTE REQUEST=AUTH return codes (SAF RC in register 15, RACF RC and reason). */
#define SAF_RC_OK 0        /* allowed (RACF RC 0), or STATUS=ACCESS answered (RACF RC X'14') */
#define SAF_RC_NODECISION 4 /* RACF RC 0: class unknown or not active; RACF RC 4: no profile */
#define SAF_RC_DENIED 8    /* RACF RC 8 */
#define RACF_RC_STATUS 0x14
#define RACF_REASON_WARNING 4     /* with RC 0/0: allowed only because of WARNING */
#define RACF_REASON_REVOKED 0x1C  /* with RC 8/8: the user is revoked (zsie's choice, see docs) */

/* SMF type 80: the event code of a resource access (RACROUTE REQUEST=AUTH), and its
 * event code qualifiers. */
#define SAF_SMF80_EVENT_ACCESS 2
enum saf_qualifier {
    SAF_Q_NONE = -1,        /* no record: RACF made no decision */
    SAF_Q_SUCCESS = 0,
    SAF_Q_INSUFFICIENT = 1, /* insufficient authority */
    SAF_Q_NOT_FOUND = 2,    /* profile not found */
    SAF_Q_WARNING = 3,      /* access allowed by WARNING */
};

/* What decided the access level. */
enum saf_decider {
    SAF_BY_NOTHING,    /* no profile was consulted */
    SAF_BY_USER,       /* the user's own access-list entry */
    SAF_BY_GROUP,      /* the highest entry of a connected group (decided_id) */
    SAF_BY_IDSTAR,     /* ID(*) */
    SAF_BY_UACC,
    SAF_BY_RESTRICTED, /* a RESTRICTED user with no entry: neither ID(*) nor UACC applies */
    SAF_BY_HLQ,        /* DATASET: the high-level qualifier is the user's ID */
};

struct saf_request {
    const char *user;     /* user ID (case-insensitive) */
    const char *cls;      /* class name (case-insensitive) */
    const char *resource; /* resource name, as given: profile names are upper case */
    enum racf_access access;
    bool status_access;   /* STATUS=ACCESS: report the highest level held (RACF RC X'14') */
    /* --explain: called with one line (no newline) per decision step; may be NULL */
    void (*explain)(void *ctx, const char *line);
    void *explain_ctx;
};

struct saf_result {
    int saf_rc;
    int racf_rc;
    int racf_reason;
    char profile[RACF_PROFILE_LEN + 1]; /* the profile used; "" when none */
    bool generic;                       /* ... was a generic profile */
    bool warning;                       /* allowed because of WARNING (profile or PROTECTALL) */
    enum racf_access granted;           /* the level the deciding entry gives (NONE if none) */
    enum saf_decider decided_by;
    char decided_id[RACF_ID_LEN + 1];   /* the group, for SAF_BY_GROUP */
    char group[RACF_ID_LEN + 1];        /* the user's default group (SMF80GRP); "" for an undefined user */
    bool audit;                         /* write an SMF type 80 record for this request */
    int smf_qualifier;                  /* enum saf_qualifier */
};

/* The decision against one database (no locking: the caller keeps db alive). */
int racf_auth(const struct racf_db *db, const struct saf_request *rq, struct saf_result *r);

/* The level user (NULL: an undefined user) holds in profile p by its access list and UACC,
 * as the decision computes it (without the class, HLQ and WARNING steps): for RLIST's
 * YOUR ACCESS. */
enum racf_access racf_access_held(const struct racf_db *db, const struct racf_user *u, const struct racf_profile *p);

/* ---- the holder ---- */
struct saf;

/* A holder with RACF's initial database (IBMUSER, SYS1, the built-in classes); NULL when
 * out of memory. */
struct saf *saf_new(void);
void saf_free(struct saf *s);
/* Replace the database by the one the file builds.  0, or -1 with the one-line message in
 * err and the old database still in use. */
int saf_load(struct saf *s, const char *path, char *err, size_t errlen);
int saf_load_text(struct saf *s, const char *text, size_t len, const char *name, char *err, size_t errlen);
/* Run RACF commands against (a copy of) the current database and publish the result, as an
 * administrator would at a terminal: a PERMIT in a RACLISTed class changes decisions only
 * after SETROPTS RACLIST(class) REFRESH.  0, or -1 with nothing changed. */
int saf_command(struct saf *s, const char *text, char *err, size_t errlen);
/* The decision against the current database; returns r->saf_rc. */
int saf_auth(struct saf *s, const struct saf_request *rq, struct saf_result *r);
/* How many times the database has been replaced. */
unsigned long saf_generation(struct saf *s);

#endif
