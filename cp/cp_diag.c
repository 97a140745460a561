/* DIAGNOSE under the control program: the hypervisor operations that diag/ asks for, over the
 * CP's virtual machines (struct diag_host_ops), and the setup of each VM's DIAGNOSE state. */
#include <string.h>
#include <strings.h>

#include "cp.h"
#include "diag/diag.h"
#include "policy/service.h"
#include "ghapi/guest/ghapi.h"
#include "exec.h"
#include "timer.h"

static struct vm *vm_of(struct diag_vm *d)
{
    return d->host;
}

/* The diag_host_ops' host is the VM itself; the system is vm->cp. */
static unsigned cp_vm_count(void *host)
{
    return ((struct vm *)host)->cp->nvms;
}

static unsigned cp_cpus(void *host, struct diag_vm *d, struct diag_cpu_info *out, unsigned max)
{
    (void)d;
    struct vm *vm = host;
    unsigned n = vm->m.ncpus < max ? vm->m.ncpus : max;
    for (unsigned i = 0; i < n; i++) {
        const struct mcpu *mc = &vm->m.cpus[i];
        memset(&out[i], 0, sizeof out[i]);
        out[i].cpu_addr = mc->cpu.cpu_addr;
        out[i].stopped = mc->state == MS_STOPPED;
        out[i].insns = mc->cpu.insn_count;
        out[i].cpu_time_us = machine_cpu_time_us(mc);
        out[i].wall_us = (tod_host() - vm->m.diag_logon_tod) / 4096;
    }
    return n;
}

static bool cp_vm_info(void *host, unsigned i, struct diag_vm_info *out)
{
    struct cp *cp = ((struct vm *)host)->cp;
    if (i >= cp->nvms)
        return false;
    struct vm *vm = &cp->vms[i];
    memset(out, 0, sizeof *out);
    snprintf(out->userid, sizeof out->userid, "%s", vm->id);
    out->ncpus = vm->m.ncpus;
    out->storage = vm->size;
    out->logon_tod = vm->m.diag_logon_tod;
    out->logged_off = atomic_load(&vm->m.diag.logged_off);
    struct diag_cpu_info c[DIAG_MAX_CPUS];
    unsigned n = cp_cpus(vm, &vm->m.diag, c, DIAG_MAX_CPUS);
    for (unsigned k = 0; k < n; k++) {
        out->cpu_time_us += c[k].cpu_time_us;
        out->insns += c[k].insns;
        out->running |= !c[k].stopped;
    }
    return true;
}

static void cp_console(void *host, struct diag_vm *d, const char *text)
{
    (void)d;
    struct vm *vm = host;
    pthread_mutex_lock(&vm->m.lock);
    console_write_ascii(&vm->m.console, (const uint8_t *)text, strlen(text));
    console_write_ascii(&vm->m.console, (const uint8_t *)"\n", 1);
    pthread_mutex_unlock(&vm->m.lock);
}

/* A logged-on virtual machine of the system by user id, or NULL. */
static struct vm *logged_on(struct cp *cp, const char *userid)
{
    for (unsigned i = 0; i < cp->nvms; i++) {
        struct vm *vm = &cp->vms[i];
        if (!strcasecmp(vm->id, userid) && !atomic_load(&vm->m.diag.logged_off))
            return vm;
    }
    return NULL;
}

/* Only the text goes to the other machine's console (its lock, its output): nothing of the
 * sender reaches the receiver's storage. */
static int cp_message(void *host, const struct diag_vm *from, const char *userid, const char *text)
{
    struct vm *to = logged_on(((struct vm *)host)->cp, userid);
    if (!to)
        return -1;
    char line[300];
    snprintf(line, sizeof line, "MSG FROM %-8s: %s", from->userid, text);
    cp_console(to, &to->m.diag, line);
    return 0;
}

static int cp_console_to(void *host, const char *userid, const char *text)
{
    struct vm *to = logged_on(((struct vm *)host)->cp, userid);
    if (!to)
        return -1;
    cp_console(to, &to->m.diag, text);
    return 0;
}

/* A virtual machine's end: marked logged off (out of QUERY NAMES, no messages), then its run
 * controller stops every CPU of it (machine_end); a machine not yet started ends at once. */
static void end_vm(struct vm *vm)
{
    atomic_store(&vm->m.diag.logged_off, true);
    machine_end(&vm->m);
}

static int cp_force(void *host, const char *userid)
{
    struct vm *vm = logged_on(((struct vm *)host)->cp, userid);
    if (!vm)
        return -1;
    end_vm(vm);
    return 0;
}

static int cp_shutdown(void *host)
{
    struct cp *cp = ((struct vm *)host)->cp;
    for (unsigned i = 0; i < cp->nvms; i++)
        end_vm(&cp->vms[i]);
    return 0;
}

static int cp_logoff(void *host, struct diag_vm *d)
{
    (void)d;
    end_vm(host);
    return 0;
}

/* X'308' and the watchdog: the VM's own run controller performs the reset (machine/ipl.c),
 * loading the VM's IPL source (vm_load) again. */
static int cp_reset(void *host, struct diag_vm *d, struct cpu *cpu, int subcode)
{
    (void)d;
    return machine_request_reset(&((struct vm *)host)->m, cpu, subcode);
}

static int cp_restart(void *host, struct diag_vm *d)
{
    (void)d;
    return machine_restart_cpu0(&((struct vm *)host)->m);
}

/* X'010' through the VM's memory-management service (policy/: release, keep or batch) */
static int64_t cp_release(void *host, struct diag_vm *d, uint64_t abs, uint64_t len)
{
    (void)d;
    struct vm *vm = host;
    if (!vm->cp->proxy)
        return -1;
    /* what the host really got back now: the resident pages of the range before and after
     * (a batching service gives them back later, a keeping one never) */
    long before = memory_resident_pages(vm->window.bytes + abs, len);
    if (cp_vm_release(vm, abs, len))
        return -1;
    long after = memory_resident_pages(vm->window.bytes + abs, len);
    return before > after ? (int64_t)(before - after) * PAGE_SIZE : 0;
}

static const struct diag_host_ops cp_ops = {
    .release = cp_release,
    .reset = cp_reset,
    .restart = cp_restart,
    .vm_count = cp_vm_count,
    .vm_info = cp_vm_info,
    .message = cp_message,
    .force = cp_force,
    .shutdown = cp_shutdown,
    .cpus = cp_cpus,
    .logoff = cp_logoff,
    .console = cp_console,
    .console_to = cp_console_to,
};

_Static_assert(DIR_DIAG_CODES == DIAG_CODES, "the directory's DIAGNOSE statements cover every code");

void cp_diag_setup(struct vm *vm, const struct vm_spec *s)
{
    struct diag_vm *d = &vm->m.diag;
    diag_vm_free(d);
    diag_vm_init(d, &vm->cp->diag, &cp_ops, vm, vm->id, s->classes[0] ? s->classes : "G", vm->size, vm->m.ncpus);
    d->trace = (s->trace & TRACE_DIAG) != 0;
    /* OPTION GHAPI [PROBLEM] */
    d->enable[GHAPI_DIAG_CODE / 4] = s->ghapi != DIR_GHAPI_OFF; /* else the row's default: off */
    d->problem[GHAPI_DIAG_CODE / 4] = s->ghapi == DIR_GHAPI_PROBLEM;
    d->trace_out = s->trace_out;
    /* the directory's DIAGNOSE statements for this user; one for the GHAPI code overrides
     * OPTION GHAPI */
    for (unsigned k = 0; k < DIAG_CODES; k++)
        if (s->diag_enable[k])
            d->enable[k] = s->diag_enable[k];
    (void)vm_of;
}
