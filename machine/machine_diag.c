/* DIAGNOSE on the bare machine: the CPU's DIAGNOSE hook serves the codes of diag/ as a
 * one-VM system would, as Hercules serves codes on its bare machine.  The system has one
 * virtual machine, this one, with every privilege class. */
#include <string.h>
#include <strings.h>

#include "access.h"
#include "diag/diag.h"
#include "machine.h"
#include "exec.h"
#include "timer.h"

#define BARE_USERID "ZSIE"
#define BARE_CLASSES "ABCDEFGH"

static struct machine *of(void *host)
{
    return host;
}

static unsigned bare_vm_count(void *host)
{
    (void)host;
    return 1;
}

static unsigned bare_cpus(void *host, struct diag_vm *vm, struct diag_cpu_info *out, unsigned max);

static bool bare_vm_info(void *host, unsigned i, struct diag_vm_info *out)
{
    struct machine *m = of(host);
    if (i != 0)
        return false;
    memset(out, 0, sizeof *out);
    snprintf(out->userid, sizeof out->userid, "%s", m->diag.userid);
    out->ncpus = m->ncpus;
    out->storage = m->mem.size;
    out->logon_tod = m->diag_logon_tod;
    out->logged_off = atomic_load(&m->diag.logged_off);
    struct diag_cpu_info c[MACHINE_MAX_CPUS];
    unsigned n = bare_cpus(host, &m->diag, c, MACHINE_MAX_CPUS);
    for (unsigned k = 0; k < n; k++) {
        out->cpu_time_us += c[k].cpu_time_us;
        out->insns += c[k].insns;
        out->running |= !c[k].stopped;
    }
    return true;
}

static void bare_console(void *host, struct diag_vm *vm, const char *text)
{
    struct machine *m = of(host);
    (void)vm;
    pthread_mutex_lock(&m->lock);
    console_write_ascii(&m->console, (const uint8_t *)text, strlen(text));
    console_write_ascii(&m->console, (const uint8_t *)"\n", 1);
    pthread_mutex_unlock(&m->lock);
}

/* The one virtual machine, if userid names it and it has not logged off. */
static bool is_me(struct machine *m, const char *userid)
{
    return !strcasecmp(userid, m->diag.userid) && !atomic_load(&m->diag.logged_off);
}

static int bare_message(void *host, const struct diag_vm *from, const char *userid, const char *text)
{
    struct machine *m = of(host);
    if (!is_me(m, userid))
        return -1;
    char line[300];
    snprintf(line, sizeof line, "MSG FROM %-8s: %s", from->userid, text);
    bare_console(host, &m->diag, line);
    return 0;
}

static unsigned bare_cpus(void *host, struct diag_vm *vm, struct diag_cpu_info *out, unsigned max)
{
    struct machine *m = of(host);
    (void)vm;
    unsigned n = m->ncpus < max ? m->ncpus : max;
    for (unsigned i = 0; i < n; i++) {
        const struct mcpu *mc = &m->cpus[i];
        memset(&out[i], 0, sizeof out[i]);
        out[i].cpu_addr = mc->cpu.cpu_addr;
        out[i].stopped = mc->state == MS_STOPPED;
        out[i].insns = mc->cpu.insn_count;
        out[i].cpu_time_us = machine_cpu_time_us(mc);
        out[i].wall_us = (tod_host() - m->diag_logon_tod) / 4096;
    }
    return n;
}

static int bare_console_to(void *host, const char *userid, const char *text)
{
    struct machine *m = of(host);
    if (!is_me(m, userid))
        return -1;
    bare_console(host, &m->diag, text);
    return 0;
}

/* LOGOFF, FORCE of itself and SHUTDOWN all end the one machine's run. */
static int bare_end(struct machine *m)
{
    atomic_store(&m->diag.logged_off, true);
    machine_end(m);
    return 0;
}

static int bare_force(void *host, const char *userid)
{
    struct machine *m = of(host);
    return is_me(m, userid) ? bare_end(m) : -1;
}

static int bare_shutdown(void *host)
{
    return bare_end(of(host));
}

static int bare_logoff(void *host, struct diag_vm *vm)
{
    (void)vm;
    return bare_end(of(host));
}

static int bare_reset(void *host, struct diag_vm *vm, struct cpu *cpu, int subcode)
{
    (void)vm;
    return machine_request_reset(of(host), cpu, subcode);
}

static int bare_restart(void *host, struct diag_vm *vm)
{
    (void)vm;
    return machine_restart_cpu0(of(host));
}

static const struct diag_host_ops bare_ops = {
    .reset = bare_reset,
    .restart = bare_restart,
    .vm_count = bare_vm_count,
    .vm_info = bare_vm_info,
    .message = bare_message,
    .force = bare_force,
    .shutdown = bare_shutdown,
    .cpus = bare_cpus,
    .logoff = bare_logoff,
    .console = bare_console,
    .console_to = bare_console_to,
};

static int bare_diagnose(struct cpu *cpu, const struct insn *in, void *ctx)
{
    struct machine *m = ctx;
    uint64_t addr = (cpu->psw.ia - in->len) & amode_mask(cpu);
    return diag_dispatch(&m->diag, cpu, in, addr);
}

void machine_diag_init(struct machine *m)
{
    diag_table_init(&m->diag_table);
    diag_vm_init(&m->diag, &m->diag_table, &bare_ops, m, BARE_USERID, BARE_CLASSES, m->mem.size, m->ncpus);
    m->diag.trace = (m->cfg.trace & TRACE_DIAG) != 0;
    m->diag.trace_out = m->cfg.trace_out;
    m->diag_logon_tod = tod_host();
    for (unsigned i = 0; i < m->ncpus; i++)
        m->cpus[i].cpu.hooks.diagnose = bare_diagnose;
}
