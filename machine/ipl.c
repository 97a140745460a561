/* IPL and resets of the configuration (PoP chapter 4 "Resets", chapter 17 "Initial Program
 * Loading"), asked for by X'308' or by the watchdog's CP command, and performed by the run
 * controller (machine_run) once every CPU has stopped: no CPU thread runs while storage is
 * cleared and the image loaded again.
 *
 *   clear reset:        every CPU initial CPU reset, its registers zeroed; storage and
 *                       keys zeroed (X'308' 0 keeps storage: the "modified" clear reset);
 *   load-normal reset:  initial CPU reset on the IPL CPU, CPU reset on every other CPU;
 *                       storage kept;
 *   then the load:      the image read again from its file (3, 4), or the 8-byte IPL PSW at
 *                       absolute 0 (0, 1); the IPL CPU starts, the others stay stopped. */
#include <stdlib.h>
#include <string.h>

#include "access.h"
#include "machine.h"
#include "interrupt.h"
#include "timer.h"

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

int machine_load(struct machine *m, const char *image, const char *cmdline, struct load_result *lr, char *err,
                 size_t errlen)
{
    if (load_image_file(&m->mem, image, lr, err, errlen))
        return -1;
    if (cmdline && load_cmdline(&m->mem, cmdline, err, errlen))
        return -1;
    char *i = dup_or_null(image), *c = dup_or_null(cmdline);
    if (!i || (cmdline && !c)) {
        free(i);
        free(c);
        snprintf(err, errlen, "E140 cannot keep the IPL source %s (out of memory)", image);
        return -1;
    }
    free(m->ipl_image);
    free(m->ipl_cmdline);
    m->ipl_image = i;
    m->ipl_cmdline = c;
    return 0;
}

uint64_t machine_guest_tod(const struct machine *m)
{
    /* CPU 0's epoch, written by its own thread (SCK): read once, untorn */
    int64_t epoch = __atomic_load_n(&m->cpus[0].cpu.tod_epoch, __ATOMIC_RELAXED);
    return tod_host() + (uint64_t)epoch;
}

int machine_request_reset(struct machine *m, struct cpu *issuer, int kind)
{
    pthread_mutex_lock(&m->lock);
    /* the first request wins; one made after the end of the run is dropped */
    if (!m->reset_pending && !m->ended) {
        unsigned ipl = 0;
        for (unsigned i = 0; i < m->ncpus; i++)
            if (&m->cpus[i].cpu == issuer)
                ipl = i;
        m->reset_pending = true;
        m->reset_kind = kind;
        m->reset_cpu = ipl;
        for (unsigned i = 0; i < m->ncpus; i++) {
            struct mcpu *mc = &m->cpus[i];
            if (&mc->cpu == issuer)
                continue; /* it stops by returning EXEC_STOP */
            if (mc->state == MS_RUNNING) {
                atomic_fetch_or_explicit(&mc->cpu.pending, PEND_STOP, memory_order_release);
            } else {
                mc->state = MS_STOPPED; /* its thread sleeps: it sees the state under the lock */
                mc->cpu.stopped = true;
                machine_kick(m, mc);
            }
        }
        pthread_cond_signal(&m->done_cond);
    }
    pthread_mutex_unlock(&m->lock);
    return EXEC_STOP;
}

int machine_restart_cpu0(struct machine *m)
{
    pthread_mutex_lock(&m->lock);
    struct mcpu *mc = &m->cpus[0];
    if (!m->ended && !m->reset_pending) {
        atomic_fetch_or_explicit(&mc->cpu.pending, PEND_RESTART, memory_order_release);
        if (mc->state != MS_RUNNING) {
            mc->cpu.stopped = false;
            mc->state = MS_RUNNING;
            machine_kick(m, mc);
        }
    }
    pthread_mutex_unlock(&m->lock);
    return 0;
}

bool machine_quiet(const struct machine *m)
{
    for (unsigned i = 0; i < m->ncpus; i++)
        if (m->cpus[i].state == MS_RUNNING || m->cpus[i].order != ORD_NONE)
            return false;
    return true;
}

/* Clear reset of one CPU: initial CPU reset, and the registers it leaves alone zeroed. */
static void clear_cpu(struct cpu *cpu)
{
    cpu_reset_initial(cpu);
    memset(cpu->gr, 0, sizeof cpu->gr);
    memset(cpu->fpr, 0, sizeof cpu->fpr);
    memset(cpu->ar, 0, sizeof cpu->ar);
}

/* The load: the IPL PSW, from the image read again or from absolute 0.  false: the VM
 * stays stopped (the image cannot be read any more). */
static bool load(struct machine *m, int kind, uint64_t *mask, uint64_t *ia)
{
    if (kind == DIAG_RESET_CLEAR || kind == DIAG_RESET_NORMAL) {
        psw_from_esa390(ld_be64(storage_ptr(&m->mem, 0)), mask, ia);
        return true;
    }
    char err[300];
    struct load_result lr;
    if (!m->ipl_image) {
        fprintf(stderr, "zsie: E141 %s: re-IPL: no IPL source known; the virtual machine stays stopped\n",
                m->diag.userid);
        return false;
    }
    if (load_image_file(&m->mem, m->ipl_image, &lr, err, sizeof err) ||
        (m->ipl_cmdline && load_cmdline(&m->mem, m->ipl_cmdline, err, sizeof err))) {
        fprintf(stderr, "zsie: E141 %s: re-IPL: %s; the virtual machine stays stopped\n", m->diag.userid, err);
        return false;
    }
    *mask = lr.psw_mask;
    *ia = lr.psw_ia;
    return true;
}

void machine_perform_reset(struct machine *m)
{
    int kind = m->reset_kind;
    struct mcpu *ipl = &m->cpus[m->reset_cpu < m->ncpus ? m->reset_cpu : 0];
    bool clear = kind == DIAG_RESET_CLEAR || kind == DIAG_RESET_LOAD_CLEAR || kind == DIAG_RESET_SYSTEM_CLEAR;
    m->reset_pending = false;
    for (unsigned i = 0; i < m->ncpus; i++) {
        struct mcpu *mc = &m->cpus[i];
        if (clear)
            clear_cpu(&mc->cpu);
        else if (mc == ipl)
            cpu_reset_initial(&mc->cpu);
        else
            cpu_reset_normal(&mc->cpu);
        mc->state = MS_STOPPED;
        mc->order = ORD_NONE;
        mc->cpu.stopped = true;
    }
    if (kind == DIAG_RESET_LOAD_CLEAR || kind == DIAG_RESET_SYSTEM_CLEAR)
        storage_clear(&m->mem);
    atomic_fetch_add_explicit(&m->mem.tlb_gen, 1, memory_order_release);
    /* subsystem reset: the guest sets its SCLP event masks again */
    m->sclp.cp_receive_mask = 0;
    m->sclp.cp_send_mask = 0;
    m->sclp.events_signalled = false;
    diag_watchdog_cancel(&m->diag);
    m->resets++;
    uint64_t mask, ia;
    if (kind != DIAG_RESET_SYSTEM_RESET && kind != DIAG_RESET_SYSTEM_CLEAR && load(m, kind, &mask, &ia)) {
        cpu_load_psw(&ipl->cpu, mask, ia);
        ipl->cpu.stopped = false;
        ipl->state = MS_RUNNING;
        machine_kick(m, ipl);
    }
    machine_check_idle(m); /* stopped: the run ends */
}
