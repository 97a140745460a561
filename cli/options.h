/* Command-line helpers shared by the subcommands. */
#ifndef ZSIE_OPTIONS_H
#define ZSIE_OPTIONS_H

#include <stdbool.h>
#include <stdint.h>

/* Print "zsie: " + fmt (with one %s for arg) as one line on stderr; returns exit status 2. */
int usage_error(const char *fmt, const char *arg);
/* An unsigned number in base (0: decimal or 0x hex), nothing else on the line, no sign. */
bool parse_u64(const char *s, int base, uint64_t *out);

#endif
