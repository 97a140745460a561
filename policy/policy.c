/* The kernel policy file: parse, look up, change, write back. */
#include "policy.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

static bool name_ok(const char *s, size_t n)
{
    if (n == 0 || n > POLICY_NAME_MAX)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!isalnum((unsigned char)s[i]) && !strchr("_-.", s[i]))
            return false;
    return true;
}

static bool spec_ok(const char *s, size_t n)
{
    if (n == 0 || n > POLICY_SPEC_MAX)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] <= ' ' || (unsigned char)s[i] >= 0x7F || s[i] == '#')
            return false;
    return true;
}

int policy_entry_parse(struct policy_entry *out, const char *type, const char *spec_at_node, char *err,
                       size_t errlen)
{
    memset(out, 0, sizeof *out);
    size_t tn = strlen(type);
    if (!name_ok(type, tn)) {
        snprintf(err, errlen, "service type '%.40s' must be 1-%d characters of A-Z a-z 0-9 _ - .", type,
                 POLICY_NAME_MAX);
        return -1;
    }
    for (size_t i = 0; i < tn; i++)
        out->type[i] = (char)tolower((unsigned char)type[i]);
    const char *at = strrchr(spec_at_node, '@');
    size_t sn = at ? (size_t)(at - spec_at_node) : strlen(spec_at_node);
    if (!spec_ok(spec_at_node, sn)) {
        snprintf(err, errlen, "service id '%.40s' must be 1-%d printable characters", spec_at_node, POLICY_SPEC_MAX);
        return -1;
    }
    if (spec_at_node[0] == ':') {
        snprintf(err, errlen, "service id '%.40s' has no name before ':'", spec_at_node);
        return -1;
    }
    memcpy(out->spec, spec_at_node, sn);
    if (at) {
        if (!name_ok(at + 1, strlen(at + 1))) {
            snprintf(err, errlen, "service node '%.40s' must be 1-%d characters of A-Z a-z 0-9 _ - .", at + 1,
                     POLICY_NAME_MAX);
            return -1;
        }
        strcpy(out->node, at + 1);
    }
    return 0;
}

int policy_parse(const char *text, size_t len, const char *name, struct policy *p, char *err, size_t errlen)
{
    memset(p, 0, sizeof *p);
    unsigned line = 0;
    size_t i = 0;
    while (i < len) {
        line++;
        const char *s = text + i;
        const char *eol = memchr(s, '\n', len - i);
        size_t n = eol ? (size_t)(eol - s) : len - i;
        i += n + (eol ? 1 : 0);
        char buf[512];
        if (n >= sizeof buf) {
            snprintf(err, errlen, "%s:%u: line too long (at most %zu characters)", name, line, sizeof buf - 1);
            return -1;
        }
        memcpy(buf, s, n);
        buf[n] = 0;
        if (memchr(buf, 0, n)) {
            snprintf(err, errlen, "%s:%u: not a text line (a NUL byte)", name, line);
            return -1;
        }
        char *hash = strchr(buf, '#');
        if (hash)
            *hash = 0;
        char *tok[3];
        unsigned k = 0;
        for (char *t = strtok(buf, " \t\r"); t; t = strtok(NULL, " \t\r")) {
            if (k == 2) {
                snprintf(err, errlen, "%s:%u: too many words (want: TYPE ID[:ARG][@NODE])", name, line);
                return -1;
            }
            tok[k++] = t;
        }
        if (k == 0)
            continue;
        if (k == 1) {
            snprintf(err, errlen, "%s:%u: '%.40s' has no service id (want: TYPE ID[:ARG][@NODE])", name, line,
                     tok[0]);
            return -1;
        }
        struct policy_entry e;
        char e2[300];
        if (policy_entry_parse(&e, tok[0], tok[1], e2, sizeof e2)) {
            snprintf(err, errlen, "%s:%u: %s", name, line, e2);
            return -1;
        }
        if (policy_set(p, &e)) {
            snprintf(err, errlen, "%s:%u: more than %d service types", name, line, POLICY_MAX_ENTRIES);
            return -1;
        }
    }
    return 0;
}

int policy_load(const char *path, struct policy *p, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
        return -1;
    }
    char *buf = malloc(POLICY_FILE_MAX + 1);
    size_t len = buf ? fread(buf, 1, POLICY_FILE_MAX + 1, f) : 0;
    int bad = ferror(f);
    fclose(f);
    if (!buf || bad || len > POLICY_FILE_MAX) {
        free(buf);
        snprintf(err, errlen, "%s: %s", path, !buf ? "out of memory" : bad ? "read error" : "larger than 1 MiB");
        return -1;
    }
    int rc = policy_parse(buf, len, path, p, err, errlen);
    free(buf);
    return rc;
}

int policy_save(const char *path, const struct policy *p, char *err, size_t errlen)
{
    char tmp[4096];
    if (snprintf(tmp, sizeof tmp, "%s.tmp%ld", path, (long)getpid()) >= (int)sizeof tmp) {
        snprintf(err, errlen, "%s: path too long", path);
        return -1;
    }
    FILE *f = fopen(tmp, "w");
    if (!f) {
        snprintf(err, errlen, "%s: cannot write: %s", tmp, strerror(errno));
        return -1;
    }
    fprintf(f, "# zsie kernel policy: TYPE ID[:ARG][@NODE] (docs/policy.md)\n");
    for (unsigned i = 0; i < p->n; i++) {
        char line[600];
        policy_entry_format(&p->e[i], line, sizeof line);
        fprintf(f, "%s\n", line);
    }
    bool bad = fflush(f) != 0 || fsync(fileno(f)) != 0;
    bad |= fclose(f) != 0;
    if (bad || rename(tmp, path)) {
        snprintf(err, errlen, "%s: cannot write: %s", path, strerror(errno));
        unlink(tmp);
        return -1;
    }
    return 0;
}

const struct policy_entry *policy_find(const struct policy *p, const char *type)
{
    for (unsigned i = 0; i < p->n; i++)
        if (!strcasecmp(p->e[i].type, type))
            return &p->e[i];
    return NULL;
}

int policy_set(struct policy *p, const struct policy_entry *e)
{
    for (unsigned i = 0; i < p->n; i++)
        if (!strcasecmp(p->e[i].type, e->type)) {
            p->e[i] = *e;
            return 0;
        }
    if (p->n == POLICY_MAX_ENTRIES)
        return -1;
    p->e[p->n++] = *e;
    return 0;
}

int policy_unset(struct policy *p, const char *type)
{
    for (unsigned i = 0; i < p->n; i++)
        if (!strcasecmp(p->e[i].type, type)) {
            memmove(&p->e[i], &p->e[i + 1], (p->n - i - 1) * sizeof p->e[0]);
            p->n--;
            return 0;
        }
    return -1;
}

void policy_entry_format(const struct policy_entry *e, char *buf, size_t len)
{
    snprintf(buf, len, "%s %s%s%s", e->type, e->spec, e->node[0] ? "@" : "", e->node);
}

void policy_spec_id(const char *spec, char *id, size_t idlen)
{
    size_t n = strcspn(spec, ":");
    if (n >= idlen)
        n = idlen - 1;
    memcpy(id, spec, n);
    id[n] = 0;
}

const char *policy_spec_arg(const char *spec)
{
    const char *c = strchr(spec, ':');
    return c ? c + 1 : "";
}
