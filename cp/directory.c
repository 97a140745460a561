/* The user-directory parser: one statement a line, keywords case-insensitive. */
#include "directory.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "exec.h"
#include "storage.h"

#define MIB (1ULL << 20)
#define MAX_TOKENS 16

struct parser {
    const char *name;
    unsigned line;
    char *err;
    size_t errlen;
};

/* A message quotes words of the file: their control bytes are shown as \xNN, so that the
 * file cannot write to the operator's terminal through the message. */
static int fail(struct parser *p, const char *fmt, ...)
{
    char raw[512];
    int n = snprintf(raw, sizeof raw, "%s:%u: ", p->name, p->line);
    va_list ap;
    va_start(ap, fmt);
    if (n >= 0 && (size_t)n < sizeof raw)
        vsnprintf(raw + n, sizeof raw - (size_t)n, fmt, ap);
    va_end(ap);
    size_t o = 0;
    for (const unsigned char *s = (const unsigned char *)raw; *s && o + 5 < p->errlen; s++) {
        if (*s < 0x20 || *s == 0x7F)
            o += (size_t)snprintf(p->err + o, p->errlen - o, "\\x%02X", *s);
        else
            p->err[o++] = (char)*s;
    }
    if (p->errlen)
        p->err[o < p->errlen ? o : p->errlen - 1] = 0;
    return -1;
}

static bool valid_id(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > DIR_ID_LEN)
        return false;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && !strchr("@#$_-", *s))
            return false;
    return true;
}

/* Split line into whitespace-separated tokens (in place).  Returns the count; *more tells
 * that words past the MAX_TOKENS-th were left out. */
static unsigned tokenize(char *line, char **tok, bool *more)
{
    unsigned n = 0;
    char *s = strtok(line, " \t\r");
    for (; s && n < MAX_TOKENS; s = strtok(NULL, " \t\r"))
        tok[n++] = s;
    *more = s != NULL;
    return n;
}

static int user_stmt(struct parser *p, struct directory *d, char **tok, unsigned n)
{
    if (n < 4 || n > 6)
        return fail(p, "USER needs: USER userid password storage [maxstorage [classes]]");
    if (!valid_id(tok[1]))
        return fail(p, "user id '%s' must be 1-8 characters of A-Z 0-9 @ # $ _ -", tok[1]);
    for (unsigned i = 0; i < d->n; i++)
        if (!strcasecmp(d->users[i].id, tok[1]))
            return fail(p, "user %s is defined again (first at line %u)", d->users[i].id, d->users[i].line);
    struct dir_user u = {0};
    for (unsigned i = 0; tok[1][i]; i++)
        u.id[i] = (char)toupper((unsigned char)tok[1][i]);
    if (!storage_parse_size(tok[3], &u.storage) || u.storage == 0)
        return fail(p, "storage '%s' is not a size (digits with K, M or G)", tok[3]);
    u.storage = (u.storage + MIB - 1) & ~(MIB - 1);
    u.max_storage = u.storage;
    if (n >= 5 && (!storage_parse_size(tok[4], &u.max_storage) || u.max_storage < u.storage))
        return fail(p, "maximum storage '%s' is not a size at least the storage", tok[4]);
    if (n == 6)
        snprintf(u.classes, sizeof u.classes, "%s", tok[5]);
    else
        snprintf(u.classes, sizeof u.classes, "G");
    u.max_cpus = DIR_MAX_CPUS;
    u.line = p->line;
    struct dir_user *nu = realloc(d->users, (d->n + 1) * sizeof *nu);
    if (!nu)
        return fail(p, "out of memory");
    d->users = nu;
    d->users[d->n++] = u;
    return 0;
}

/* rest: the untokenized line, base: the tokenized copy, so that a token's offset finds the
 * verbatim text after it */
static int user_sub_stmt(struct parser *p, struct dir_user *u, char **tok, unsigned n, const char *rest,
                         const char *base)
{
    const char *kw = tok[0];
    if (!strcasecmp(kw, "MACHINE")) {
        if (n < 2 || n > 3 || (strcasecmp(tok[1], "Z") && strcasecmp(tok[1], "ESA")))
            return fail(p, "MACHINE needs: MACHINE Z [maxcpus]");
        if (n == 3) {
            char *end;
            unsigned long v = strtoul(tok[2], &end, 10);
            if (*end || v < 1 || v > DIR_MAX_CPUS)
                return fail(p, "maximum CPU count '%s' must be 1-%d", tok[2], DIR_MAX_CPUS);
            if (v < u->ncpus)
                return fail(p, "more CPU statements than MACHINE allows (%lu)", v);
            u->max_cpus = (unsigned)v;
        }
        return 0;
    }
    if (!strcasecmp(kw, "CPU")) {
        char *end;
        unsigned long v = n == 2 ? strtoul(tok[1], &end, 16) : 0;
        if (n != 2 || *end || v > 0xFF)
            return fail(p, "CPU needs a hexadecimal CPU address 00-FF");
        if (u->ncpus >= u->max_cpus)
            return fail(p, "more CPU statements than MACHINE allows (%u)", u->max_cpus);
        for (unsigned i = 0; i < u->ncpus; i++)
            if (u->cpu_addr[i] == v)
                return fail(p, "CPU %02lX is defined twice", v);
        u->cpu_addr[u->ncpus++] = (uint16_t)v;
        return 0;
    }
    if (!strcasecmp(kw, "IPL")) {
        if (n < 2 || (n > 2 && strcasecmp(tok[2], "PARM")) || n == 3)
            return fail(p, "IPL needs: IPL image [PARM text]");
        free(u->ipl);
        u->ipl = strdup(tok[1]);
        if (n > 3) {
            /* PARM takes the rest of the line verbatim */
            const char *s = rest + (tok[3] - base);
            free(u->parm);
            u->parm = strdup(s);
            size_t l = strlen(u->parm);
            while (l && (u->parm[l - 1] == ' ' || u->parm[l - 1] == '\r'))
                u->parm[--l] = 0;
        }
        return 0;
    }
    if (!strcasecmp(kw, "OPTION")) {
        for (unsigned i = 1; i < n; i++) {
            if (!strcasecmp(tok[i], "TRACE")) {
                u->trace |= TRACE_INSNS | TRACE_INTERRUPTS;
            } else if (!strcasecmp(tok[i], "TRACEINT")) {
                u->trace |= TRACE_INTERRUPTS;
            } else if (!strcasecmp(tok[i], "GHAPI")) {
                /* OPTION GHAPI [PROBLEM]: the GHAPI DIAGNOSE, also from the problem state */
                u->ghapi = DIR_GHAPI_ON;
                if (i + 1 < n && !strcasecmp(tok[i + 1], "PROBLEM")) {
                    u->ghapi = DIR_GHAPI_PROBLEM;
                    i++;
                }
            } else if (!strcasecmp(tok[i], "MAXINSNS") && i + 1 < n) {
                char *end;
                errno = 0;
                u->max_insns = strtoull(tok[++i], &end, 10);
                if (*end || errno || !isdigit((unsigned char)tok[i][0]))
                    return fail(p, "MAXINSNS needs a number, not '%s'", tok[i]);
            } else {
                return fail(p, "unknown OPTION '%s'", tok[i]);
            }
        }
        return 0;
    }
    if (!strcasecmp(kw, "POLICY")) {
        /* POLICY type id[:arg][@node]: the type is checked against the known ones when the
         * proxy is given the VM's policy (zsie run), which may declare types of its own */
        if (n != 3)
            return fail(p, "POLICY needs: POLICY type id[:arg][@node]");
        struct policy_entry e;
        char e2[300];
        if (policy_entry_parse(&e, tok[1], tok[2], e2, sizeof e2))
            return fail(p, "%s", e2);
        if (!u->policy && !(u->policy = calloc(1, sizeof *u->policy)))
            return fail(p, "out of memory");
        if (policy_find(u->policy, e.type))
            return fail(p, "POLICY %s is given twice for %s", e.type, u->id);
        if (policy_set(u->policy, &e))
            return fail(p, "too many POLICY statements");
        return 0;
    }
    if (!strcasecmp(kw, "DIAGNOSE")) {
        if (n != 3 || (strcasecmp(tok[2], "ON") && strcasecmp(tok[2], "OFF")))
            return fail(p, "DIAGNOSE needs: DIAGNOSE code ON|OFF (code in hexadecimal)");
        char *end;
        errno = 0;
        unsigned long code = strtoul(tok[1], &end, 16);
        if (*end || errno || !isxdigit((unsigned char)tok[1][0]) || strlen(tok[1]) > 4 || (code & 3) ||
            code >= DIR_DIAG_CODES * 4)
            return fail(p, "DIAGNOSE code '%s' must be hexadecimal, a multiple of 4, 0-FFC", tok[1]);
        u->diag[code / 4] = !strcasecmp(tok[2], "ON") ? 1 : -1;
        return 0;
    }
    return fail(p, "unknown statement '%s'", kw);
}

int directory_parse(const char *text, const char *name, struct directory *d, char *err, size_t errlen)
{
    struct parser p = {name, 0, err, errlen};
    memset(d, 0, sizeof *d);
    const char *s = text;
    while (*s) {
        p.line++;
        const char *eol = strchr(s, '\n');
        size_t len = eol ? (size_t)(eol - s) : strlen(s);
        char *line = strndup(s, len);
        char *rest = strndup(s, len);
        if (!line || !rest) {
            free(line);
            free(rest);
            directory_free(d);
            return fail(&p, "out of memory");
        }
        char *tok[MAX_TOKENS];
        bool more;
        unsigned n = tokenize(line, tok, &more);
        int rc = 0;
        if (n && tok[0][0] != '*') {
            /* only an IPL PARM (the rest of the line verbatim) may go on past them */
            if (more && strcasecmp(tok[0], "IPL"))
                rc = fail(&p, "too many words (at most %d)", MAX_TOKENS);
            else if (!strcasecmp(tok[0], "USER"))
                rc = user_stmt(&p, d, tok, n);
            else if (d->n == 0)
                rc = fail(&p, "'%s' before any USER statement", tok[0]);
            else
                rc = user_sub_stmt(&p, &d->users[d->n - 1], tok, n, rest, line);
        }
        free(line);
        free(rest);
        if (rc) {
            directory_free(d);
            return -1;
        }
        s += len + (eol ? 1 : 0);
    }
    if (d->n == 0) {
        p.line = 0;
        return fail(&p, "no USER statement");
    }
    return 0;
}

int directory_load(const char *path, struct directory *d, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
        return -1;
    }
    size_t cap = 4096, len = 0;
    char *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + len, 1, cap - len - 1, f)) > 0) {
        len += got;
        if (len + 1 == cap) {
            char *nb = cap < (1u << 24) ? realloc(buf, cap * 2) : NULL;
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
    int e = errno;
    fclose(f);
    if (bad) {
        free(buf);
        snprintf(err, errlen, "%s: cannot read: %s", path, strerror(e));
        return -1;
    }
    if (!buf) {
        snprintf(err, errlen, "%s: too large or out of memory", path);
        return -1;
    }
    buf[len] = 0;
    if (memchr(buf, 0, len)) {
        free(buf);
        snprintf(err, errlen, "%s: not a text file", path);
        return -1;
    }
    int rc = directory_parse(buf, path, d, err, errlen);
    free(buf);
    return rc;
}

void directory_free(struct directory *d)
{
    for (unsigned i = 0; i < d->n; i++) {
        free(d->users[i].ipl);
        free(d->users[i].parm);
        free(d->users[i].policy);
    }
    free(d->users);
    d->users = NULL;
    d->n = 0;
}

const struct dir_user *directory_find(const struct directory *d, const char *id)
{
    for (unsigned i = 0; i < d->n; i++)
        if (!strcasecmp(d->users[i].id, id))
            return &d->users[i];
    return NULL;
}
