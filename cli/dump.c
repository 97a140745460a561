/* The final-state dump shared by `zsie machine` and `zsie run` (see dump.h). */
#include "dump.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "options.h"

bool parse_dump(const char *s, struct dump_range *d)
{
    const char *colon = strchr(s, ':');
    if (!colon || colon == s)
        return false;
    char addr[32];
    size_t n = (size_t)(colon - s);
    if (n >= sizeof addr)
        return false;
    memcpy(addr, s, n);
    addr[n] = 0;
    const char *a = addr;
    if (a[0] == '0' && (a[1] == 'x' || a[1] == 'X'))
        a += 2;
    return parse_u64(a, 16, &d->addr) && parse_u64(colon + 1, 0, &d->len) && d->len > 0;
}

const struct dump_range *dump_outside(const struct dump_range *d, unsigned n, uint64_t storage)
{
    for (unsigned i = 0; i < n; i++)
        if (d[i].addr >= storage || d[i].len > storage - d[i].addr)
            return &d[i];
    return NULL;
}

void print_dump(FILE *f, struct machine *m, const struct dump_range *d, unsigned n)
{
    const struct cpu *c = &m->cpus[0].cpu;
    fprintf(f, "PSW %016" PRIX64 " %016" PRIX64 "\n", psw_mask(c), c->psw.ia);
    for (int i = 0; i < 16; i++)
        fprintf(f, "GR%d %016" PRIX64 "\n", i, c->gr[i]);
    for (int i = 0; i < 16; i++)
        fprintf(f, "FPR%d %016" PRIX64 "\n", i, c->fpr[i]);
    fprintf(f, "FPC %08" PRIX32 "\n", c->fpc);
    for (unsigned r = 0; r < n; r++) {
        fprintf(f, "STOR %08" PRIX64 " ", d[r].addr);
        /* byte by byte through storage_ptr: a virtual machine's storage need not be contiguous */
        for (uint64_t k = 0; k < d[r].len; k++)
            fprintf(f, "%02X", *storage_ptr(&m->mem, d[r].addr + k));
        fputc('\n', f);
    }
    fflush(f);
}
