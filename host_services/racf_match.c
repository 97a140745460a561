/* Generic profile names: form, matching and specificity (the rules are in racf_match.h). */
#include "racf_match.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "racf_db.h"

#define MAX_QUALS (RACF_PROFILE_LEN + 2) /* every character a period, and one more */

struct qual {
    const char *s;
    size_t n;
};

/* Split at '.'; returns the count, or 0 when there are too many qualifiers. */
static size_t split(const char *name, struct qual *q)
{
    size_t n = 0;
    const char *s = name;
    for (;;) {
        const char *dot = strchr(s, '.');
        size_t len = dot ? (size_t)(dot - s) : strlen(s);
        if (n == MAX_QUALS)
            return 0;
        q[n].s = s;
        q[n].n = len;
        n++;
        if (!dot)
            return n;
        s = dot + 1;
    }
}

static bool is_dstar(const struct qual *q)
{
    return q->n == 2 && q->s[0] == '*' && q->s[1] == '*';
}

static bool is_star(const struct qual *q)
{
    return q->n == 1 && q->s[0] == '*';
}

bool racf_has_generic_chars(const char *name)
{
    return strpbrk(name, "%*") != NULL;
}

const char *racf_profile_name_problem(const char *name, bool dataset, bool generic)
{
    if (!*name)
        return "an empty name";
    for (const char *s = name; *s; s++)
        if ((unsigned char)*s <= ' ' || (unsigned char)*s >= 0x7F || strchr(",;()'", *s))
            return "a character that cannot be in a profile name";
    if (!generic && dataset && racf_has_generic_chars(name))
        return "a generic character in a discrete data set profile";
    struct qual q[MAX_QUALS];
    size_t nq = split(name, q);
    if (!nq)
        return "too many qualifiers";
    unsigned dstars = 0;
    for (size_t i = 0; i < nq && generic; i++) {
        if (is_dstar(&q[i])) {
            dstars++;
            continue;
        }
        for (size_t j = 0; j + 1 < q[i].n; j++)
            if (q[i].s[j] == '*' && q[i].s[j + 1] == '*')
                return "'**' that is not a whole qualifier";
    }
    if (dstars > 1)
        return "more than one '**'";
    if (!dataset)
        return NULL;
    if (nq < 2)
        return "a single qualifier (data set names have at least two)";
    for (size_t i = 0; i < nq; i++) {
        if (q[i].n == 0)
            return "an empty qualifier";
        if (is_dstar(&q[i]))
            continue;
        if (q[i].n > 8)
            return "a qualifier longer than 8 characters";
        for (size_t j = 0; j < q[i].n; j++) {
            unsigned char c = (unsigned char)q[i].s[j];
            bool national = c == '@' || c == '#' || c == '$';
            bool ok = isupper(c) || national || c == '%' || c == '*' || (j > 0 && (isdigit(c) || c == '-'));
            if (!ok)
                return "a character that cannot be in a data set name";
        }
    }
    for (size_t j = 0; j < q[0].n; j++)
        if (q[0].s[j] == '%' || q[0].s[j] == '*')
            return "a generic character in the high-level qualifier";
    return NULL;
}

/* One qualifier against a pattern of literals, % (one character) and * (zero or more):
 * the usual two-pointer match that backs up to the last *, linear in practice. */
static bool qual_glob(const struct qual *p, const struct qual *r)
{
    size_t pi = 0, ri = 0, star = (size_t)-1, mark = 0;
    while (ri < r->n) {
        if (pi < p->n && (p->s[pi] == '%' || p->s[pi] == r->s[ri])) {
            pi++;
            ri++;
        } else if (pi < p->n && p->s[pi] == '*') {
            star = pi++;
            mark = ri;
        } else if (star != (size_t)-1) {
            pi = star + 1;
            ri = ++mark;
        } else {
            return false;
        }
    }
    while (pi < p->n && p->s[pi] == '*')
        pi++;
    return pi == p->n;
}

static bool match_from(const struct qual *p, size_t np, size_t pi, const struct qual *r, size_t nr, size_t ri,
                       bool dataset)
{
    for (; pi < np; pi++, ri++) {
        if (is_dstar(&p[pi])) {
            /* zero or more qualifiers: try each; a name has at most one ** */
            for (size_t k = ri; k <= nr; k++)
                if (match_from(p, np, pi + 1, r, nr, k, dataset))
                    return true;
            return false;
        }
        if (!dataset && pi == np - 1 && p[pi].n && p[pi].s[p[pi].n - 1] == '*') {
            /* a general resource's ending * also takes the qualifiers that follow */
            if (ri >= nr)
                return false;
            return is_star(&p[pi]) ? r[ri].n > 0 : qual_glob(&p[pi], &r[ri]);
        }
        if (ri >= nr)
            return false;
        if (is_star(&p[pi])) {
            if (r[ri].n == 0)
                return false;
            continue;
        }
        if (!qual_glob(&p[pi], &r[ri]))
            return false;
    }
    return ri == nr;
}

bool racf_generic_match(const char *profile, const char *resource, bool dataset)
{
    struct qual p[MAX_QUALS], r[MAX_QUALS];
    size_t np = split(profile, p), nr = split(resource, r);
    if (!np || !nr)
        return false;
    return match_from(p, np, 0, r, nr, 0, dataset);
}

/* Symbols of a name for the specificity order: ranks 0 literal, 1 %, 2 *, 3 **. */
enum { SYM_LIT, SYM_PCT, SYM_STAR, SYM_DSTAR };

static int sym_at(const char *s, size_t *i, char *lit)
{
    char c = s[*i];
    *lit = c;
    if (c == '%') {
        (*i)++;
        return SYM_PCT;
    }
    if (c == '*') {
        if (s[*i + 1] == '*') {
            *i += 2;
            return SYM_DSTAR;
        }
        (*i)++;
        return SYM_STAR;
    }
    (*i)++;
    return SYM_LIT;
}

static const char *sym_text(int kind, char lit, char *buf)
{
    static const char *const names[] = {NULL, "'%'", "'*'", "'**'"};
    if (kind != SYM_LIT)
        return names[kind];
    snprintf(buf, 8, "'%c'", lit);
    return buf;
}

int racf_generic_compare(const char *a, const char *b, size_t *where, char *why, size_t whylen)
{
    size_t i = 0, j = 0;
    char b1[8], b2[8];
    for (;;) {
        if (!a[i] && !b[j])
            return 0;
        if (where)
            *where = i < j ? i : j;
        if (!a[i] || !b[j]) {
            /* one name ends: it wins unless the other goes on with a literal, and a rest
             * of ".**" matches no more qualifiers, so the ending name is the closer one */
            const char *rest = a[i] ? a + i : b + j;
            int ended_wins = rest[0] == '%' || rest[0] == '*' || !strcmp(rest, ".**");
            int r = (a[i] ? 1 : -1) * (ended_wins ? 1 : -1);
            if (why)
                snprintf(why, whylen, "%s over %s", ended_wins ? "the end of the name" : "a further literal",
                         ended_wins ? (rest[0] == '.' ? "'.**'" : "a generic character") : "the end of the name");
            return r;
        }
        char la, lb;
        int ka = sym_at(a, &i, &la), kb = sym_at(b, &j, &lb);
        if (ka != kb) {
            if (why)
                snprintf(why, whylen, "%s over %s", ka < kb ? sym_text(ka, la, b1) : sym_text(kb, lb, b2),
                         ka < kb ? sym_text(kb, lb, b2) : sym_text(ka, la, b1));
            return ka < kb ? -1 : 1;
        }
        if (ka == SYM_LIT && la != lb) {
            /* two literals cannot both match one position unless generics before them
             * shifted the alignment; any fixed order will do: the lower character */
            if (why)
                snprintf(why, whylen, "%s before %s (collating order)", sym_text(ka, la < lb ? la : lb, b1),
                         sym_text(ka, la < lb ? lb : la, b2));
            return (unsigned char)la < (unsigned char)lb ? -1 : 1;
        }
    }
}
