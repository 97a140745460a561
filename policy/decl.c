/* Service-type declarations: the built-in types' plug-in APIs and the declaration-file parser. */
#include "decl.h"

#include <ctype.h>
#include <errno.h>
#include <stdbool.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const kind_names[DECL_NKINDS] = {"void", "i32", "u32", "i64", "u64", "double", "string", "pointer"};

const char *decl_kind_name(enum decl_kind k)
{
    return (unsigned)k < DECL_NKINDS ? kind_names[k] : "?";
}

int decl_kind_parse(const char *s)
{
    for (int k = 0; k < DECL_NKINDS; k++)
        if (!strcasecmp(s, kind_names[k]))
            return k;
    return -1;
}

/* The plug-in API of each built-in type (the C API each in-tree implementation fills in is
 * policy/service.h; a plug-in sees this flatter form, which libffi can call). */
static const struct decl_set builtin = {
    .n = 5,
    .t = {
        {"security", 1, 1, {{"auth", DECL_I32, 5, {DECL_STRING, DECL_STRING, DECL_STRING, DECL_STRING, DECL_U32}}}},
        {"logging", 1, 1, {{"event", DECL_I32, 3, {DECL_STRING, DECL_STRING, DECL_STRING}}}},
        {"memory", 1, 1, {{"release", DECL_I32, 3, {DECL_STRING, DECL_POINTER, DECL_U64}}}},
        {"sched", 1, 1, {{"slice", DECL_I64, 3, {DECL_STRING, DECL_U32, DECL_U64}}}},
        {"console", 1, 1, {{"write", DECL_I32, 3, {DECL_STRING, DECL_STRING, DECL_U64}}}},
    },
};

const struct decl_set *decl_builtin(void)
{
    return &builtin;
}

const struct decl_type *decl_find(const struct decl_set *set, const char *type)
{
    for (unsigned i = 0; set && i < set->n; i++)
        if (!strcasecmp(set->t[i].name, type))
            return &set->t[i];
    return NULL;
}

const struct decl_func *decl_func_find(const struct decl_type *t, const char *name)
{
    for (unsigned i = 0; i < t->nfuncs; i++)
        if (!strcmp(t->f[i].name, name))
            return &t->f[i];
    return NULL;
}

static bool ident_ok(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > DECL_NAME_MAX || !(isalpha((unsigned char)s[0]) || s[0] == '_'))
        return false;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '_')
            return false;
    return true;
}

int decl_parse(const char *text, size_t len, const char *name, struct decl_set *set, char *err, size_t errlen)
{
    unsigned line = 0;
    size_t i = 0;
    struct decl_type *cur = NULL;
#define FAIL(...)                                                                                                \
    do {                                                                                                         \
        int o_ = snprintf(err, errlen, "%s:%u: ", name, line);                                                   \
        if (o_ > 0 && (size_t)o_ < errlen)                                                                       \
            snprintf(err + o_, errlen - (size_t)o_, __VA_ARGS__);                                                \
        return -1;                                                                                               \
    } while (0)
    while (i < len) {
        line++;
        const char *s = text + i;
        const char *eol = memchr(s, '\n', len - i);
        size_t n = eol ? (size_t)(eol - s) : len - i;
        i += n + (eol ? 1 : 0);
        char buf[512];
        if (n >= sizeof buf)
            FAIL("line too long");
        memcpy(buf, s, n);
        buf[n] = 0;
        if (memchr(buf, 0, n))
            FAIL("not a text line (a NUL byte)");
        char *hash = strchr(buf, '#');
        if (hash)
            *hash = 0;
        char *tok[DECL_MAX_ARGS + 4];
        unsigned k = 0;
        for (char *t = strtok(buf, " \t\r"); t; t = strtok(NULL, " \t\r")) {
            if (k == sizeof tok / sizeof tok[0])
                FAIL("too many words (at most %d arguments)", DECL_MAX_ARGS);
            tok[k++] = t;
        }
        if (k == 0)
            continue;
        if (!strcasecmp(tok[0], "type")) {
            if (cur && cur->nfuncs == 0)
                FAIL("type %s declares no function", cur->name);
            if (k != 3 || !ident_ok(tok[1]))
                FAIL("want: type NAME VERSION (NAME: letters, digits, _)");
            char *end;
            errno = 0;
            unsigned long v = strtoul(tok[2], &end, 10);
            if (*end || errno || v > UINT32_MAX || !isdigit((unsigned char)tok[2][0]))
                FAIL("version '%.20s' is not a number", tok[2]);
            if (decl_find(set, tok[1]) || decl_find(&builtin, tok[1]))
                FAIL("type %s is declared already", tok[1]);
            if (set->n == DECL_MAX_TYPES)
                FAIL("more than %d types", DECL_MAX_TYPES);
            cur = &set->t[set->n++];
            memset(cur, 0, sizeof *cur);
            snprintf(cur->name, sizeof cur->name, "%s", tok[1]);
            for (char *c = cur->name; *c; c++)
                *c = (char)tolower((unsigned char)*c);
            cur->version = (uint32_t)v;
        } else if (!strcasecmp(tok[0], "function")) {
            if (!cur)
                FAIL("function before any type");
            if (k < 3 || !ident_ok(tok[1]))
                FAIL("want: function NAME RET [ARG ...]");
            if (k - 3 > DECL_MAX_ARGS)
                FAIL("too many words (at most %d arguments)", DECL_MAX_ARGS);
            if (decl_func_find(cur, tok[1]))
                FAIL("function %s is declared twice", tok[1]);
            if (!strcmp(tok[1], "api_version") || !strcmp(tok[1], "start") || !strcmp(tok[1], "stop"))
                FAIL("function name %s is reserved", tok[1]);
            if (cur->nfuncs == DECL_MAX_FUNCS)
                FAIL("more than %d functions", DECL_MAX_FUNCS);
            struct decl_func *f = &cur->f[cur->nfuncs];
            memset(f, 0, sizeof *f);
            snprintf(f->name, sizeof f->name, "%s", tok[1]);
            int r = decl_kind_parse(tok[2]);
            if (r < 0)
                FAIL("unknown result type '%.20s' (void i32 u32 i64 u64 double string pointer)", tok[2]);
            f->ret = (enum decl_kind)r;
            for (unsigned a = 3; a < k; a++) {
                int t = decl_kind_parse(tok[a]);
                if (t < 0 || t == DECL_VOID)
                    FAIL("unknown argument type '%.20s' (i32 u32 i64 u64 double string pointer)", tok[a]);
                f->args[f->nargs++] = (enum decl_kind)t;
            }
            cur->nfuncs++;
        } else {
            FAIL("unknown statement '%.20s' (type, function)", tok[0]);
        }
    }
    if (cur && cur->nfuncs == 0)
        FAIL("type %s declares no function", cur->name);
#undef FAIL
    return 0;
}

int decl_load(const char *path, struct decl_set *set, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
        return -1;
    }
    static const size_t max = 1u << 20;
    char *buf = malloc(max + 1);
    size_t len = buf ? fread(buf, 1, max + 1, f) : 0;
    fclose(f);
    if (!buf || len > max) {
        free(buf);
        snprintf(err, errlen, "%s: %s", path, buf ? "larger than 1 MiB" : "out of memory");
        return -1;
    }
    int rc = decl_parse(buf, len, path, set, err, errlen);
    free(buf);
    return rc;
}

int decl_value_parse(enum decl_kind k, const char *text, union decl_value *v)
{
    char *end;
    errno = 0;
    memset(v, 0, sizeof *v);
    switch (k) {
    case DECL_I32: {
        long long x = strtoll(text, &end, 0);
        if (*end || !*text || errno || x < INT32_MIN || x > INT32_MAX)
            return -1;
        v->i32 = (int32_t)x;
        return 0;
    }
    case DECL_I64:
        v->i64 = strtoll(text, &end, 0);
        return *end || !*text || errno ? -1 : 0;
    case DECL_U32:
    case DECL_U64: {
        if (text[0] == '-')
            return -1;
        unsigned long long x = strtoull(text, &end, 0);
        if (*end || !*text || errno || (k == DECL_U32 && x > UINT32_MAX))
            return -1;
        if (k == DECL_U32)
            v->u32 = (uint32_t)x;
        else
            v->u64 = x;
        return 0;
    }
    case DECL_DOUBLE:
        v->d = strtod(text, &end);
        return *end || !*text || errno ? -1 : 0;
    case DECL_STRING:
        v->s = text;
        return 0;
    case DECL_POINTER:
        v->p = (void *)(uintptr_t)strtoull(text, &end, 0);
        return *end || !*text || errno ? -1 : 0;
    default:
        return -1;
    }
}

void decl_value_format(enum decl_kind k, const union decl_value *v, char *buf, size_t len)
{
    switch (k) {
    case DECL_VOID: snprintf(buf, len, "(void)"); break;
    case DECL_I32: snprintf(buf, len, "%" PRId32, v->i32); break;
    case DECL_U32: snprintf(buf, len, "%" PRIu32, v->u32); break;
    case DECL_I64: snprintf(buf, len, "%" PRId64, v->i64); break;
    case DECL_U64: snprintf(buf, len, "%" PRIu64, v->u64); break;
    case DECL_DOUBLE: snprintf(buf, len, "%.17g", v->d); break;
    case DECL_STRING: snprintf(buf, len, "%s", v->s ? v->s : "(null)"); break;
    case DECL_POINTER: snprintf(buf, len, "%p", v->p); break;
    default: snprintf(buf, len, "?"); break;
    }
}
