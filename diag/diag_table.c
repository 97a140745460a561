/* The DIAGNOSE table: one row per function code, the built-in rows here.  It drives dispatch
 * and its checks (diag_dispatch.c), `zsie diag list`, the trace, and the documents. */
#include <string.h>

#include "diag.h"

static const struct diag_def builtin[] = {
    {0x000, "extended identification", diag_000, 0, NULL,
     "Rx area addr (real, dword), Ry length", "Ry length - stored", "diag-ident.md", NULL},
    {0x00C, "pseudo timer", diag_00c, 0, NULL, "Rx 32-byte area addr (real, dword)", "-", "diag-ident.md", NULL},
    {0x010, "release pages", diag_010, 0, NULL, "Rx first page, Ry last page (real)", "-", "diag-storage.md", NULL},
    {0x008, "CP command", diag_008, DIAG_F_HYPERVISOR, NULL,
     "Rx cmd addr (real), Ry flags+len, Rx+1 buf addr, Ry+1 buf len",
     "CC (with buffer), Ry completion code, Ry+1 len or bytes that did not fit", "diag-cp.md", NULL},
    {0x044, "time-slice end", diag_044, 0, NULL, "-", "-", "diag-sched.md", NULL},
    {0x09C, "directed yield", diag_09c, 0, NULL, "Rx target CPU address", "-", "diag-sched.md", NULL},
    {0x204, "logical-CPU utilisation", diag_204, DIAG_F_RY_EVEN, NULL,
     "Rx buffer (real, page), Ry subcode, Ry+1 pages", "Ry rc, Ry+1 pages", "diag-perf.md", NULL},
    {0x224, "CPU type names", diag_224, 0, NULL, "Ry 4 KiB buffer (real, page)", "-", "diag-perf.md", NULL},
    {0x258, "page-fault handshake", diag_258, 0, NULL, "Rx parameter block (real, dword)", "Ry rc",
     "diag-storage.md", NULL},
    {0x260, "storage information", diag_260, 0, NULL, "Ry subcode; X'10': Rx extent area, Rx+1 length",
     "Rx, Ry; X'10': CC, Ry extents", "diag-storage.md", NULL},
    {0x2FC, "guest performance data", diag_2fc, 0, NULL, "Rx parameter list (real, dword)", "Rx residual, Ry rc",
     "diag-perf.md", NULL},
    {0x318, "CP name and version", diag_318, 0, NULL, "Rx CPNC/CPVC", "-", "diag-ident.md", NULL},
    {0x500, "virtio notification", diag_500, 0, NULL, "R1 function, R2 subchannel, R3 queue, R4 cookie",
     "R2 result", "diag-virtio.md", NULL},
    {0x288, "watchdog", diag_288, DIAG_F_RX_EVEN | DIAG_F_RY_EVEN, NULL,
     "Rx function, Rx+1 interval (s), Ry command addr or action, Ry+1 command len", "CC 0", "diag-ipl.md", NULL},
    {0x308, "IPL functions", diag_308, 0, NULL, "Rx parameter block addr (5, 6), Ry subcode",
     "Rx+1 rc (5, 6); 0, 1, 3, 4 reset / re-IPL", "diag-ipl.md", NULL},
};

void diag_table_init(struct diag_table *t)
{
    memset(t, 0, sizeof *t);
    for (size_t i = 0; i < sizeof builtin / sizeof builtin[0]; i++)
        t->rows[builtin[i].code / 4] = &builtin[i];
}

int diag_define(struct diag_table *t, const struct diag_def *def)
{
    unsigned code = def->code;
    if (code < DIAG_INSTALL_FIRST || code > DIAG_INSTALL_LAST || (code & 3))
        return -1;
    t->rows[code / 4] = def;
    return 0;
}

const struct diag_def *diag_lookup(const struct diag_table *t, unsigned code)
{
    if ((code & 3) || code > DIAG_CODE_MAX)
        return NULL;
    return t->rows[code / 4];
}

void diag_print_table(const struct diag_table *t, FILE *f)
{
    fprintf(f, "%-6s %-28s %-7s %-8s %-7s %s\n", "code", "name", "problem", "classes", "default", "registers");
    for (unsigned i = 0; i < DIAG_CODES; i++) {
        const struct diag_def *d = t->rows[i];
        if (!d)
            continue;
        fprintf(f, "X'%03X' %-28s %-7s %-8s %-7s in: %s; out: %s\n", d->code, d->name,
                (d->flags & DIAG_F_PROBLEM) ? "yes" : "no", d->classes ? d->classes : "any",
                (d->flags & DIAG_F_OFF) ? "off" : "on", d->regs_in ? d->regs_in : "-",
                d->regs_out ? d->regs_out : "-");
    }
}
