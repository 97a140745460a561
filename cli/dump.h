/* The final-state dump of `zsie machine --dump` and `zsie run --dump`: CPU 0's PSW and
 * registers and chosen ranges of its (guest absolute) storage, in the line forms the test
 * harnesses parse (tests/hercules/difftest.py, tests/diag/run_corpus.py). */
#ifndef ZSIE_DUMP_H
#define ZSIE_DUMP_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "machine.h"

#define MAX_DUMPS 64

struct dump_range {
    uint64_t addr, len;
};

/* ADDR:LEN, ADDR in hex (0x optional), LEN decimal or 0x hex. */
bool parse_dump(const char *s, struct dump_range *d);
/* Is every range inside storage bytes?  Else the first one that is not. */
const struct dump_range *dump_outside(const struct dump_range *d, unsigned n, uint64_t storage);
/* Print CPU 0 of m and the ranges of m's storage on f (the console's stream, so that the dump
 * follows the console output). */
void print_dump(FILE *f, struct machine *m, const struct dump_range *d, unsigned n);

#endif
