/* Generic profile names: validity, matching a resource name, and which of two matching
 * generic profiles is the more specific.
 *
 * Generic characters (enhanced generic naming, EGN, is taken as active for data sets):
 *   %    one character other than '.'
 *   *    inside or at the end of a qualifier: zero or more characters of that qualifier;
 *        as a whole qualifier: exactly one qualifier.
 *        General resources only: at the end of the name, an ending "*" character (ABC.DEF*)
 *        also takes any further qualifiers, and an ending ".*" qualifier one or more.
 *   **   a whole qualifier, at most once: zero or more qualifiers.
 * Data set profiles: no generic character in the high-level qualifier. */
#ifndef ZSIE_RACF_MATCH_H
#define ZSIE_RACF_MATCH_H

#include <stdbool.h>
#include <stddef.h>

/* Whether a name has a generic character (% or *). */
bool racf_has_generic_chars(const char *name);
/* Check a profile name's form for its class (dataset: data set naming rules); NULL if it is
 * good, else what is wrong, as a short phrase. */
const char *racf_profile_name_problem(const char *name, bool dataset, bool generic);
/* Whether the generic profile name matches resource. */
bool racf_generic_match(const char *profile, const char *resource, bool dataset);
/* Compare two generic profile names that both match one resource: < 0 when a is more
 * specific, > 0 when b is, 0 when they are the same name.  Left to right, at the first
 * difference: a literal character beats %, % beats *, * beats **; the end of a name beats
 * a generic character, and beats a remaining ".**" (which matches nothing there); a
 * further literal character beats the end.  *where receives the position (0-based) of
 * the difference, *why a phrase naming it ("'P' over '*'"), either may be NULL. */
int racf_generic_compare(const char *a, const char *b, size_t *where, char *why, size_t whylen);

#endif
