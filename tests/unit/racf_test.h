/* Helpers for the RACF model's tests: a database from command text, and one decision. */
#ifndef ZSIE_RACF_TEST_H
#define ZSIE_RACF_TEST_H

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "racf_parse.h"
#include "saf.h"

static inline struct racf_db *db_of(const char *text)
{
    char err[512] = "";
    struct racf_db *db = racf_db_load_text(text, strlen(text), "t.racf", 26001, err, sizeof err);
    ck_assert_msg(db != NULL, "load failed: %s", err);
    return db;
}

/* The error a text gives (static buffer); "" when it loads. */
static inline const char *load_error(const char *text)
{
    static char err[512];
    err[0] = 0;
    struct racf_db *db = racf_db_load_text(text, strlen(text), "x", 26001, err, sizeof err);
    if (db) {
        racf_db_free(db);
        return "";
    }
    return err;
}

static inline struct saf_result auth(const struct racf_db *db, const char *user, const char *cls, const char *res,
                                     enum racf_access a)
{
    struct saf_request rq = {.user = user, .cls = cls, .resource = res, .access = a};
    struct saf_result r;
    racf_auth(db, &rq, &r);
    return r;
}

#define ck_rc(r, saf, racf, reason)                                                                       \
    do {                                                                                                 \
        ck_assert_int_eq((r).saf_rc, (saf));                                                             \
        ck_assert_int_eq((r).racf_rc, (racf));                                                           \
        ck_assert_int_eq((r).racf_reason, (reason));                                                     \
    } while (0)

#endif
