/* Inside the command parser: a command as items, the error helper, and the command
 * handlers (racf_cmd_*.c). */
#ifndef ZSIE_RACF_CMD_H
#define ZSIE_RACF_CMD_H

#include <stdbool.h>
#include <stddef.h>

#include "racf_db.h"

/* One operand: a word (KEYWORD, or a name), a 'quoted string', or a parenthesized list;
 * a word may carry a list of its own: KEYWORD(value ...). */
struct racf_item {
    char *text;      /* NULL for a bare list */
    bool quoted;
    bool has_args;   /* written with parentheses (possibly empty) */
    struct racf_item *args;
    unsigned nargs;
};

struct racf_ctx {
    struct racf_db *db;
    const char *name; /* the file, for messages */
    unsigned line;    /* where the command starts */
    char *err;
    size_t errlen;
};

/* Write "NAME:LINE: Ennn text" into ctx->err; returns -1. */
int racf_fail(struct racf_ctx *c, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* A keyword table entry; flags say what the keyword takes. */
enum { KW_FLAG = 1, KW_VALUE = 2, KW_LIST = 4, KW_NESTED = 8, KW_OPTVALUE = 16 };
struct racf_kw {
    const char *name;
    unsigned flags;
};

/* Match the keyword operands items[0..n) against table[0..nk) (unique prefixes allowed),
 * checking what each takes; found[k] receives the item of keyword k or NULL.  0 or -1. */
int racf_keywords(struct racf_ctx *c, const char *verb, const struct racf_item *items, unsigned n,
                  const struct racf_kw *table, unsigned nk, const struct racf_item **found);
/* Upper-case a copy of a word's text into buf (bufsize bytes): 0, or -1 (E2xx) when too long. */
int racf_upper(struct racf_ctx *c, const char *what, const char *s, char *buf, size_t bufsize);
/* The single value of KEYWORD(value): its text upper-cased into buf unless keep_case. */
int racf_value(struct racf_ctx *c, const char *kw, const struct racf_item *it, char *buf, size_t bufsize,
               bool keep_case);
/* An access level value (any abbreviation). */
int racf_access_value(struct racf_ctx *c, const char *kw, const struct racf_item *it, enum racf_access *out);
/* The names a positional operand stands for: one word or quoted string, or a list of
 * them; *names points into the item (the operand itself or its list). */
int racf_names(struct racf_ctx *c, const char *verb, const struct racf_item *it, const struct racf_item **names,
               unsigned *n);
/* Owner check: a defined user or group. */
int racf_owner(struct racf_ctx *c, const struct racf_item *it, char *out);

int racf_cmd_users(struct racf_ctx *c, const char *verb, struct racf_item *items, unsigned n); /* AU ALU DU CO RE */
int racf_cmd_groups(struct racf_ctx *c, const char *verb, struct racf_item *items, unsigned n); /* AG DG */
int racf_cmd_dataset(struct racf_ctx *c, const char *verb, struct racf_item *items, unsigned n); /* AD ALD DD */
int racf_cmd_general(struct racf_ctx *c, const char *verb, struct racf_item *items, unsigned n); /* RDEF RALT RDEL */
int racf_cmd_permit(struct racf_ctx *c, const char *verb, struct racf_item *items, unsigned n);
int racf_cmd_setropts(struct racf_ctx *c, const char *verb, struct racf_item *items, unsigned n);

/* Shared by ADDSD/RDEFINE and their ALTer forms: UACC, AUDIT, OWNER, WARNING, DATA. */
int racf_audit_value(struct racf_ctx *c, const struct racf_item *it, struct racf_profile *p);

#endif
