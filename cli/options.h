/* Command-line helpers shared by the subcommands. */
#ifndef ZSIE_OPTIONS_H
#define ZSIE_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Print "zsie: " + fmt (with one %s for arg) as one line on stderr; returns exit status 2. */
int usage_error(const char *fmt, const char *arg);
/* An unsigned number in base (0: decimal or 0x hex), nothing else on the line, no sign. */
bool parse_u64(const char *s, int base, uint64_t *out);
/* Whether arg is one of names[0..n-1] as "--opt" or "--opt=VALUE": the name matched (NULL if
 * none) and, with '=', *val pointing at the value (else *val = NULL: it is the next argument). */
const char *match_value_option(const char *arg, const char *const *names, size_t n, const char **val);
/* A --timeout value: seconds, fractions allowed, more than 0 and at most 1e9. */
bool parse_seconds(const char *s, double *out);

/* A --trace value after "--trace=": a comma-separated list of insns, interrupts, diag, all.
 * Returns the TRACE_* flags, or -1 for a word it does not know. */
int parse_trace(const char *list);

#endif
