/* DIAGNOSE dispatch: the architected checks in the order diag.h gives, the handler, the count
 * per code and the --trace=diag line. */
#include <inttypes.h>
#include <string.h>

#include "access.h"
#include "diag.h"

void diag_vm_init(struct diag_vm *vm, const struct diag_table *t, const struct diag_host_ops *ops, void *host,
                  const char *userid, const char *classes, uint64_t storage, unsigned ncpus)
{
    memset(vm, 0, sizeof *vm);
    vm->table = t;
    vm->ops = ops;
    vm->host = host;
    snprintf(vm->userid, sizeof vm->userid, "%s", userid ? userid : "");
    snprintf(vm->classes, sizeof vm->classes, "%s", classes ? classes : "");
    vm->storage = storage;
    vm->ncpus = ncpus;
    pthread_mutex_init(&vm->lock, NULL);
}

void diag_vm_free(struct diag_vm *vm)
{
    pthread_mutex_destroy(&vm->lock);
}

bool diag_enabled(const struct diag_vm *vm, unsigned code)
{
    const struct diag_def *d = diag_lookup(vm->table, code);
    if (!d)
        return false;
    int e = vm->enable[code / 4];
    return e ? e > 0 : !(d->flags & DIAG_F_OFF);
}

unsigned diag_code(struct cpu *cpu, const struct insn *in)
{
    return (unsigned)(ea_bd(cpu, in->b2, in->d2) & 0xFFFF);
}

/* Does the virtual machine hold one of the classes? (NULL or "": anyone may.) */
static bool has_class(const struct diag_vm *vm, const char *classes)
{
    if (!classes || !*classes)
        return true;
    for (const char *c = classes; *c; c++)
        if (strchr(vm->classes, *c))
            return true;
    return false;
}

static void trace_line(struct diag_vm *vm, const struct diag_call *dc, uint64_t rx0, uint64_t ry0, int rc)
{
    FILE *f = vm->trace_out ? vm->trace_out : stderr;
    struct cpu *cpu = dc->cpu;
    char out[64];
    if (rc > 0)
        snprintf(out, sizeof out, "program interruption %04X", (unsigned)rc);
    else if (rc < 0)
        snprintf(out, sizeof out, "CC %u, CPU leaves (%d)", (unsigned)cpu->cc, rc);
    else
        snprintf(out, sizeof out, "CC %u", (unsigned)cpu->cc);
    flockfile(f);
    fprintf(f, "diag %s CPU %u at %016" PRIX64 ": X'%03X' %s  R%u=%016" PRIX64 " R%u=%016" PRIX64 " -> %s",
            vm->userid, (unsigned)cpu->cpu_addr, dc->addr, dc->code, dc->def ? dc->def->name : "(undefined)",
            dc->rx, rx0, dc->ry, ry0, out);
    if (rc <= 0)
        fprintf(f, "  R%u=%016" PRIX64 " R%u=%016" PRIX64, dc->rx, cpu->gr[dc->rx], dc->ry, cpu->gr[dc->ry]);
    if (dc->note[0])
        fprintf(f, "  %s", dc->note);
    fputc('\n', f);
    funlockfile(f);
}

static int check_and_run(struct diag_call *dc)
{
    struct diag_vm *vm = dc->vm;
    const struct diag_def *d = dc->def;
    if (problem_state(dc->cpu) && !(d && ((d->flags & DIAG_F_PROBLEM) || vm->problem[dc->code / 4] > 0)))
        return PGM_PRIVILEGED;
    if (!d || !diag_enabled(vm, dc->code) || !has_class(vm, d->classes))
        return PGM_SPECIFICATION;
    if (((d->flags & DIAG_F_RX_EVEN) && (dc->rx & 1)) || ((d->flags & DIAG_F_RY_EVEN) && (dc->ry & 1)) ||
        ((d->flags & DIAG_F_RX_NE_RY) && dc->rx == dc->ry))
        return PGM_SPECIFICATION;
    int rc = d->fn(dc);
    return rc == DIAG_NOT_HANDLED ? PGM_SPECIFICATION : rc;
}

int diag_dispatch(struct diag_vm *vm, struct cpu *cpu, const struct insn *in, uint64_t addr)
{
    struct diag_call dc = {
        .cpu = cpu,
        .vm = vm,
        .in = in,
        .code = diag_code(cpu, in),
        .rx = in->r1,
        .ry = in->r3,
        .addr = addr,
    };
    dc.def = diag_lookup(vm->table, dc.code);
    uint64_t rx0 = cpu->gr[dc.rx], ry0 = cpu->gr[dc.ry];
    /* every code that can have a row is counted, undefined ones too (the statistics show
     * what a guest tried) */
    if (!(dc.code & 3) && dc.code <= DIAG_CODE_MAX)
        atomic_fetch_add_explicit(&vm->count[dc.code / 4], 1, memory_order_relaxed);
    int rc = check_and_run(&dc);
    if (vm->trace)
        trace_line(vm, &dc, rx0, ry0, rc);
    return rc;
}
