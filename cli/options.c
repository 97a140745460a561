#include "options.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

int usage_error(const char *fmt, const char *arg)
{
    fputs("zsie: ", stderr);
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    return 2;
}

bool parse_u64(const char *s, int base, uint64_t *out)
{
    if (!*s || *s == '-' || *s == '+')
        return false;
    errno = 0;
    char *end;
    unsigned long long v = strtoull(s, &end, base);
    if (errno || end == s || *end)
        return false;
    *out = v;
    return true;
}
