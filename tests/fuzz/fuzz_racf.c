/* libFuzzer target: the RACF command parser, then decisions on what loaded.  Any text either
 * loads or fails with one "fuzz:LINE: E2nn ..." line; every decision gives one of the
 * documented return-code triples. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "racf_list.h"
#include "racf_parse.h"
#include "saf.h"

static void check(const struct racf_db *db, const char *user, const char *cls, const char *res, enum racf_access a,
                  bool status)
{
    struct saf_request rq = {.user = user, .cls = cls, .resource = res, .access = a, .status_access = status};
    struct saf_result r;
    int rc = racf_auth(db, &rq, &r);
    bool ok = (r.saf_rc == 0 && r.racf_rc == 0 && (r.racf_reason == 0 || r.racf_reason == 4)) ||
              (r.saf_rc == 0 && r.racf_rc == 0x14 && r.racf_reason <= 0x10 && r.racf_reason % 4 == 0) ||
              (r.saf_rc == 4 && (r.racf_rc == 0 || r.racf_rc == 4) && r.racf_reason == 0) ||
              (r.saf_rc == 8 && r.racf_rc == 8 && (r.racf_reason == 0 || r.racf_reason == 0x1C));
    if (!ok || rc != r.saf_rc || r.smf_qualifier < -1 || r.smf_qualifier > 3 || (r.audit && r.smf_qualifier < 0))
        abort();
    if (r.warning != (r.saf_rc == 0 && r.racf_rc == 0 && r.racf_reason == 4))
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char err[512] = "";
    struct racf_db *db = racf_db_load_text((const char *)data, size, "fuzz", 26001, err, sizeof err);
    if (!db) {
        if (strncmp(err, "fuzz:", 5) || !strstr(err, ": E2") || strchr(err, '\n'))
            abort();
        return 0;
    }
    static FILE *null;
    if (!null)
        null = fopen("/dev/null", "w");
    const char *names[] = {"IBMUSER", "NOBODY", NULL, NULL};
    if (db->nusers > 1)
        names[2] = db->users[db->nusers - 1].id;
    for (unsigned k = 0; k < db->nclasses && k < 8; k++) {
        const struct racf_class *c = &db->classes[k];
        const struct racf_profiles *ps = racf_effective(c);
        for (unsigned i = 0; i < ps->n && i < 16; i++) {
            char res[RACF_PROFILE_LEN + 8];
            snprintf(res, sizeof res, "%s.X", ps->p[i].name);
            for (unsigned u = 0; u < 3 && names[u]; u++) {
                check(db, names[u], c->name, ps->p[i].name, (enum racf_access)(i % 6), false);
                check(db, names[u], c->name, res, RACF_READ, i & 1);
            }
            if (null)
                racf_list_profile(null, db, c, &ps->p[i], names[2]);
        }
        check(db, "IBMUSER", c->name, "SYS1.A.B", RACF_UPDATE, false);
    }
    if (null)
        for (unsigned i = 0; i < db->nusers && i < 4; i++)
            racf_list_user(null, db, &db->users[i]);
    struct racf_db *copy = racf_db_clone(db);
    racf_db_free(db);
    if (copy) {
        check(copy, "IBMUSER", "FACILITY", "A.B", RACF_READ, false);
        racf_db_free(copy);
    }
    return 0;
}
