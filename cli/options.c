#include "options.h"

#include "exec.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int usage_error(const char *fmt, const char *arg)
{
    fputs("zsie: ", stderr);
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    return 2;
}

bool parse_u64(const char *s, int base, uint64_t *out)
{
    /* strtoull would skip leading blanks and negate after a sign: " -1" becomes 2^64-1 */
    if (!isxdigit((unsigned char)*s))
        return false;
    errno = 0;
    char *end;
    unsigned long long v = strtoull(s, &end, base);
    if (errno || end == s || *end)
        return false;
    *out = v;
    return true;
}

const char *match_value_option(const char *arg, const char *const *names, size_t n, const char **val)
{
    for (size_t k = 0; k < n; k++) {
        size_t l = strlen(names[k]);
        if (!strncmp(arg, names[k], l) && (arg[l] == 0 || arg[l] == '=')) {
            *val = arg[l] == '=' ? arg + l + 1 : NULL;
            return names[k];
        }
    }
    *val = NULL;
    return NULL;
}

bool parse_seconds(const char *s, double *out)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || *end || !(v > 0) || v > 1e9)
        return false;
    *out = v;
    return true;
}

int parse_trace(const char *list)
{
    static const struct {
        const char *name;
        int flags;
    } words[] = {
        {"insns", TRACE_INSNS}, {"interrupts", TRACE_INTERRUPTS}, {"diag", TRACE_DIAG}, {"ghapi", TRACE_GHAPI},
        {"all", TRACE_INSNS | TRACE_INTERRUPTS | TRACE_DIAG | TRACE_GHAPI},
    };
    int flags = 0;
    const char *p = list;
    for (;;) {
        size_t n = strcspn(p, ",");
        size_t i;
        for (i = 0; i < sizeof words / sizeof words[0]; i++)
            if (strlen(words[i].name) == n && !strncmp(p, words[i].name, n))
                break;
        if (i == sizeof words / sizeof words[0])
            return -1;
        flags |= words[i].flags;
        if (!p[n])
            return flags;
        p += n + 1;
    }
}
