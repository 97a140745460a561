/* The RACF command parser: physical lines to commands (comments, continuation), a command
 * to items, keyword matching, and dispatch to the handlers in racf_cmd_*.c. */
#include "racf_parse.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "racf_cmd.h"

#define MAX_DEPTH 6     /* nested parentheses: LOGOPTIONS(ALWAYS(FACILITY)) needs 2 */
#define MAX_ITEMS 20000 /* items in one command */

int racf_fail(struct racf_ctx *c, int code, const char *fmt, ...)
{
    int n = snprintf(c->err, c->errlen, "%s:%u: E%03d ", c->name, c->line, code);
    va_list ap;
    va_start(ap, fmt);
    if (n >= 0 && (size_t)n < c->errlen)
        vsnprintf(c->err + n, c->errlen - (size_t)n, fmt, ap);
    va_end(ap);
    return -1;
}

/* ---- items: a bump allocator per command, freed as a whole ---- */

struct arena {
    char *chunk;
    size_t used, cap;
    struct arena_old {
        struct arena_old *next;
    } *old;
};

static void *arena_alloc(struct arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (a->used + n > a->cap) {
        size_t cap = n > 4096 ? n : 4096;
        char *c = malloc(sizeof(struct arena_old) + cap);
        if (!c)
            return NULL;
        struct arena_old *o = (struct arena_old *)c;
        o->next = a->old;
        a->old = o;
        a->chunk = c + sizeof(struct arena_old);
        a->used = 0;
        a->cap = cap;
    }
    void *p = a->chunk + a->used;
    a->used += n;
    memset(p, 0, n);
    return p;
}

static void arena_free(struct arena *a)
{
    while (a->old) {
        struct arena_old *n = a->old->next;
        free(a->old);
        a->old = n;
    }
    *a = (struct arena){0};
}

struct lexer {
    struct racf_ctx *c;
    struct arena arena;
    const char *s; /* the command text */
    size_t pos;
    unsigned items;
};

static bool is_sep(char ch)
{
    return ch == ' ' || ch == '\t' || ch == ',' || ch == '\r' || ch == '\f' || ch == '\v';
}

static bool word_char(char ch)
{
    return ch && !is_sep(ch) && ch != '(' && ch != ')' && ch != '\'';
}

/* A list of items up to ')' (depth > 0) or the end (depth 0). */
static int lex_list(struct lexer *lx, unsigned depth, struct racf_item **out, unsigned *nout)
{
    struct racf_item *v = NULL;
    unsigned n = 0, cap = 0;
    for (;;) {
        while (is_sep(lx->s[lx->pos]))
            lx->pos++;
        char ch = lx->s[lx->pos];
        if (!ch) {
            if (depth)
                return racf_fail(lx->c, 203, "a '(' is not closed");
            break;
        }
        if (ch == ')') {
            if (!depth)
                return racf_fail(lx->c, 203, "a ')' without its '('");
            lx->pos++;
            break;
        }
        if (++lx->items > MAX_ITEMS)
            return racf_fail(lx->c, 224, "more than %d operands in one command", MAX_ITEMS);
        if (n == cap) {
            unsigned ncap = cap ? cap * 2 : 8;
            struct racf_item *nv = arena_alloc(&lx->arena, ncap * sizeof *nv);
            if (!nv)
                return racf_fail(lx->c, 230, "out of memory");
            if (n)
                memcpy(nv, v, n * sizeof *v);
            v = nv;
            cap = ncap;
        }
        struct racf_item *it = &v[n++];
        if (ch == '\'') {
            /* 'text' with '' for one quote */
            size_t start = ++lx->pos, len = 0;
            for (;; lx->pos++) {
                if (!lx->s[lx->pos])
                    return racf_fail(lx->c, 201, "a quoted string is not closed");
                if (lx->s[lx->pos] == '\'') {
                    if (lx->s[lx->pos + 1] != '\'')
                        break;
                    lx->pos++;
                }
                len++;
            }
            it->text = arena_alloc(&lx->arena, len + 1);
            if (!it->text)
                return racf_fail(lx->c, 230, "out of memory");
            for (size_t i = start, k = 0; k < len; i++) {
                it->text[k++] = lx->s[i];
                if (lx->s[i] == '\'')
                    i++;
            }
            it->quoted = true;
            lx->pos++;
            continue;
        }
        if (ch != '(') {
            size_t start = lx->pos;
            while (word_char(lx->s[lx->pos]))
                lx->pos++;
            size_t len = lx->pos - start;
            it->text = arena_alloc(&lx->arena, len + 1);
            if (!it->text)
                return racf_fail(lx->c, 230, "out of memory");
            for (size_t i = 0; i < len; i++)
                it->text[i] = (char)toupper((unsigned char)lx->s[start + i]);
            if (lx->s[lx->pos] != '(')
                continue;
        }
        /* a list, bare or KEYWORD(...) */
        if (depth + 1 > MAX_DEPTH)
            return racf_fail(lx->c, 203, "parentheses nested more than %d deep", MAX_DEPTH);
        lx->pos++;
        it->has_args = true;
        if (lex_list(lx, depth + 1, &it->args, &it->nargs) < 0)
            return -1;
    }
    *out = v;
    *nout = n;
    return 0;
}

/* ---- keyword helpers for the handlers ---- */

int racf_keywords(struct racf_ctx *c, const char *verb, const struct racf_item *items, unsigned n,
                  const struct racf_kw *table, unsigned nk, const struct racf_item **found)
{
    for (unsigned k = 0; k < nk; k++)
        found[k] = NULL;
    for (unsigned i = 0; i < n; i++) {
        const struct racf_item *it = &items[i];
        if (!it->text || it->quoted)
            return racf_fail(c, 223, "%s: unexpected operand %s%s%s", verb, it->text ? "'" : "(list)",
                             it->text ? it->text : "", it->text ? "'" : "");
        size_t len = strlen(it->text);
        int hit = -1;
        bool ambiguous = false;
        for (unsigned k = 0; k < nk; k++) {
            if (!strcmp(it->text, table[k].name)) {
                hit = (int)k;
                ambiguous = false;
                break;
            }
            if (len && len < strlen(table[k].name) && !strncmp(it->text, table[k].name, len)) {
                ambiguous = hit >= 0;
                hit = (int)k;
            }
        }
        if (ambiguous)
            return racf_fail(c, 206, "%s: keyword '%s' is ambiguous", verb, it->text);
        if (hit < 0)
            return racf_fail(c, 205, "%s: unknown keyword '%s'", verb, it->text);
        const struct racf_kw *kw = &table[hit];
        if (found[hit])
            return racf_fail(c, 222, "%s: %s given twice", verb, kw->name);
        unsigned f = kw->flags;
        if ((f & KW_FLAG) && !(f & KW_OPTVALUE) && it->has_args)
            return racf_fail(c, 207, "%s: %s takes no value", verb, kw->name);
        if (!(f & (KW_FLAG | KW_OPTVALUE)) && !it->has_args)
            return racf_fail(c, 207, "%s: %s needs a value in parentheses", verb, kw->name);
        if (it->has_args && (f & (KW_VALUE | KW_LIST))) {
            if ((f & KW_VALUE) && it->nargs != 1)
                return racf_fail(c, 207, "%s: %s takes one value", verb, kw->name);
            if (it->nargs == 0)
                return racf_fail(c, 207, "%s: %s needs a value in parentheses", verb, kw->name);
            for (unsigned a = 0; a < it->nargs; a++)
                if (!it->args[a].text || it->args[a].has_args)
                    return racf_fail(c, 207, "%s: %s takes plain values", verb, kw->name);
        }
        found[hit] = it;
    }
    return 0;
}

int racf_upper(struct racf_ctx *c, const char *what, const char *s, char *buf, size_t bufsize)
{
    size_t n = strlen(s);
    if (n >= bufsize)
        return racf_fail(c, 232, "%s '%.40s...' is longer than %zu characters", what, s, bufsize - 1);
    for (size_t i = 0; i <= n; i++)
        buf[i] = (char)toupper((unsigned char)s[i]);
    return 0;
}

int racf_value(struct racf_ctx *c, const char *kw, const struct racf_item *it, char *buf, size_t bufsize,
               bool keep_case)
{
    const char *s = it->args[0].text;
    if (!keep_case)
        return racf_upper(c, kw, s, buf, bufsize);
    size_t n = strlen(s);
    if (n >= bufsize)
        return racf_fail(c, 232, "%s value is longer than %zu characters", kw, bufsize - 1);
    memcpy(buf, s, n + 1);
    return 0;
}

int racf_access_value(struct racf_ctx *c, const char *kw, const struct racf_item *it, enum racf_access *out)
{
    int a = racf_access_parse(it->args[0].text);
    if (a < 0)
        return racf_fail(c, 218, "%s(%.40s): not an access level (NONE EXECUTE READ UPDATE CONTROL ALTER)", kw,
                         it->args[0].text);
    *out = (enum racf_access)a;
    return 0;
}

int racf_names(struct racf_ctx *c, const char *verb, const struct racf_item *it, const struct racf_item **names,
               unsigned *n)
{
    if (it->text && !it->has_args) {
        *names = it;
        *n = 1;
        return 0;
    }
    if (it->text || it->nargs == 0)
        return racf_fail(c, 223, "%s: unexpected operand '%s(...)'", verb, it->text ? it->text : "");
    for (unsigned i = 0; i < it->nargs; i++)
        if (!it->args[i].text || it->args[i].has_args)
            return racf_fail(c, 223, "%s: a list of names holds something else", verb);
    *names = it->args;
    *n = it->nargs;
    return 0;
}

int racf_owner(struct racf_ctx *c, const struct racf_item *it, char *out)
{
    char id[RACF_ID_LEN + 1];
    if (racf_upper(c, "OWNER", it->args[0].text, id, sizeof id) < 0)
        return -1;
    if (!racf_find_user(c->db, id) && !racf_find_group(c->db, id))
        return racf_fail(c, 233, "OWNER(%s) is not a defined user or group", id);
    strcpy(out, id);
    return 0;
}

/* ---- commands ---- */

static const struct {
    const char *name, *alias;
    int (*run)(struct racf_ctx *, const char *, struct racf_item *, unsigned);
} commands[] = {
    {"ADDUSER", "AU", racf_cmd_users},    {"ALTUSER", "ALU", racf_cmd_users},  {"DELUSER", "DU", racf_cmd_users},
    {"CONNECT", "CO", racf_cmd_users},    {"REMOVE", "RE", racf_cmd_users},    {"ADDGROUP", "AG", racf_cmd_groups},
    {"DELGROUP", "DG", racf_cmd_groups},  {"ADDSD", "AD", racf_cmd_dataset},   {"ALTDSD", "ALD", racf_cmd_dataset},
    {"DELDSD", "DD", racf_cmd_dataset},   {"RDEFINE", "RDEF", racf_cmd_general}, {"RALTER", "RALT", racf_cmd_general},
    {"RDELETE", "RDEL", racf_cmd_general}, {"PERMIT", "PE", racf_cmd_permit}, {"SETROPTS", "SETR", racf_cmd_setropts},
};

static int run_command(struct racf_ctx *c, const char *text)
{
    struct lexer lx = {.c = c, .s = text};
    struct racf_item *items;
    unsigned n;
    int rc = lex_list(&lx, 0, &items, &n);
    if (rc == 0 && n) {
        if (!items[0].text || items[0].quoted || items[0].has_args) {
            rc = racf_fail(c, 204, "a command must start with its name");
        } else {
            rc = -2;
            for (size_t i = 0; i < sizeof commands / sizeof commands[0] && rc == -2; i++)
                if (!strcmp(items[0].text, commands[i].name) || !strcmp(items[0].text, commands[i].alias))
                    rc = commands[i].run(c, commands[i].name, items + 1, n - 1);
            if (rc == -2)
                rc = racf_fail(c, 204, "unknown command '%.40s'", items[0].text);
        }
    }
    arena_free(&lx.arena);
    return rc;
}

/* Physical lines to commands: comments become one blank, a line ending in '-' or '+'
 * (after trailing blanks) joins the next; quotes may continue across a joined line. */
int racf_run_commands(struct racf_db *db, const char *text, size_t len, const char *name, char *err, size_t errlen)
{
    struct racf_ctx c = {.db = db, .name = name, .line = 1, .err = err, .errlen = errlen};
    size_t cap = 1024;
    char *buf = malloc(cap);
    if (!buf)
        return racf_fail(&c, 230, "out of memory");
    size_t n = 0;          /* characters of the command so far */
    unsigned line = 1;     /* the physical line being read */
    unsigned start = 1;    /* where the command began */
    bool quote = false, comment = false, skip_blanks = false;
    int rc = 0;
    for (size_t i = 0; i <= len && rc == 0; i++) {
        char ch = i < len ? text[i] : '\n';
        bool eof = i == len;
        if (ch == '\0') {
            c.line = line;
            rc = racf_fail(&c, 200, "a NUL byte in the text");
            break;
        }
        if (comment) {
            if (ch == '*' && i + 1 < len && text[i + 1] == '/') {
                comment = false;
                i++;
            } else if (ch == '\n') {
                line++;
            }
            if (!eof)
                continue;
            c.line = start;
            rc = racf_fail(&c, 202, "a comment is not closed");
            break;
        }
        if (ch == '\n') {
            /* the end of a physical line: continue, or run the command */
            size_t e = n;
            while (e && (buf[e - 1] == ' ' || buf[e - 1] == '\t' || buf[e - 1] == '\r'))
                e--;
            if (!eof && e && (buf[e - 1] == '-' || buf[e - 1] == '+')) {
                skip_blanks = buf[e - 1] == '+';
                n = e - 1;
                line++;
                continue;
            }
            n = e;
            buf[n] = 0;
            c.line = start;
            if (quote) {
                rc = racf_fail(&c, 201, "a quoted string is not closed");
                break;
            }
            size_t k = 0;
            while (k < n && is_sep(buf[k]))
                k++;
            if (k < n)
                rc = run_command(&c, buf + k);
            n = 0;
            line++;
            start = line;
            skip_blanks = false;
            continue;
        }
        if (skip_blanks && (ch == ' ' || ch == '\t'))
            continue;
        skip_blanks = false;
        if (!quote && ch == '/' && i + 1 < len && text[i + 1] == '*') {
            comment = true;
            ch = ' ';
            i++;
        } else if (ch == '\'') {
            quote = !quote; /* '' inside a string toggles twice */
        }
        if (n == 0 && (ch == ' ' || ch == '\t'))
            continue; /* the command begins at its first character, on that line */
        if (n == 0)
            start = line;
        if (n >= RACF_MAX_COMMAND) {
            c.line = start;
            rc = racf_fail(&c, 224, "a command longer than %d characters", RACF_MAX_COMMAND);
            break;
        }
        if (n + 1 >= cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                rc = racf_fail(&c, 230, "out of memory");
                break;
            }
            buf = nb;
            cap *= 2;
        }
        buf[n++] = ch;
    }
    free(buf);
    return rc;
}

struct racf_db *racf_db_load_text(const char *text, size_t len, const char *name, uint32_t today, char *err,
                                  size_t errlen)
{
    struct racf_db *db = racf_db_new(today);
    if (!db) {
        snprintf(err, errlen, "%s: E230 out of memory", name);
        return NULL;
    }
    if (racf_run_commands(db, text, len, name, err, errlen) < 0) {
        racf_db_free(db);
        return NULL;
    }
    return db;
}

struct racf_db *racf_db_load_file(const char *path, uint32_t today, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: E200 cannot open: %s", path, strerror(errno));
        return NULL;
    }
    size_t cap = 65536, len = 0, got;
    char *buf = malloc(cap);
    while (buf && (got = fread(buf + len, 1, cap - len, f)) > 0) {
        len += got;
        if (len == cap) {
            char *nb = cap < RACF_MAX_FILE ? realloc(buf, cap * 2) : NULL;
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    bool bad = ferror(f);
    fclose(f);
    if (!buf || bad || len > RACF_MAX_FILE) {
        free(buf);
        snprintf(err, errlen, "%s: E200 cannot read: %s", path, bad ? "read error" : "too large or out of memory");
        return NULL;
    }
    struct racf_db *db = racf_db_load_text(buf, len, path, today, err, errlen);
    free(buf);
    return db;
}
