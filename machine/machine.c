/* The configuration and its CPU threads.  Each CPU runs cpu_run() on a host thread of its own
 * without any lock; between runs (stopped, waiting, after a SIGP) it takes the machine lock
 * and sleeps on its condition variable.  The controller (machine_run) waits until every CPU
 * is stopped or in a disabled wait, a CPU reaches its instruction limit, or time runs out. */
#include "machine.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "exec.h"
#include "interrupt.h"
#include "sigp.h"
#include "timer.h"

static void cond_init_monotonic(pthread_cond_t *c)
{
    pthread_condattr_t a;
    pthread_condattr_init(&a);
    pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
    pthread_cond_init(c, &a);
    pthread_condattr_destroy(&a);
}

static struct timespec deadline_after(int64_t ns)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    int64_t sec = ns / 1000000000, rem = ns % 1000000000;
    if (sec > (int64_t)1 << 40) /* far enough: no overflow */
        sec = (int64_t)1 << 40;
    t.tv_sec += (time_t)sec;
    t.tv_nsec += (long)rem;
    if (t.tv_nsec >= 1000000000) {
        t.tv_sec++;
        t.tv_nsec -= 1000000000;
    }
    return t;
}

int machine_init(struct machine *m, const struct machine_config *cfg)
{
    memset(m, 0, sizeof *m);
    m->cfg = *cfg;
    if (cfg->storage_window) {
        m->mem.bytes = cfg->storage_window->bytes;
        m->mem.keys = cfg->storage_window->keys;
        m->mem.size = cfg->storage_window->size;
        atomic_init(&m->mem.tlb_gen, 0);
        m->mem_borrowed = true;
    } else if (storage_init(&m->mem, cfg->storage_size)) {
        return -1;
    }
    m->cpus = calloc(cfg->ncpus, sizeof *m->cpus);
    if (!m->cpus) {
        if (!m->mem_borrowed)
            storage_free(&m->mem);
        return -1;
    }
    pthread_mutex_init(&m->lock, NULL);
    cond_init_monotonic(&m->done_cond);
    for (unsigned i = 0; i < cfg->ncpus; i++) {
        struct mcpu *mc = &m->cpus[i];
        if (cpu_init(&mc->cpu, &m->mem, (uint16_t)i)) {
            m->ncpus = i;
            machine_free(m);
            return -1;
        }
        m->ncpus = i + 1;
        mc->cpu.config_cpus = (uint16_t)cfg->ncpus; /* what STSI reports */
        mc->m = m;
        mc->state = MS_STOPPED;
        cond_init_monotonic(&mc->cond);
        mc->cpu.hooks.sigp = machine_sigp;
        mc->cpu.hooks.servc = machine_servc;
        mc->cpu.hooks.ctx = m;
        mc->cpu.max_insns = cfg->max_insns;
        mc->cpu.trace = cfg->trace;
        mc->cpu.trace_ctx = cfg->trace_out;
    }
    console_init(&m->console, cfg->console_out, cfg->console_in, &m->lock);
    m->console.prefix = cfg->console_prefix;
    m->console.raw = cfg->console_raw && !cfg->console_prefix;
    sclp_init(&m->sclp, cfg->consoles);
    machine_diag_init(m);
    return 0;
}

uint64_t machine_cpu_time_us(const struct mcpu *mc)
{
    clockid_t id;
    struct timespec t;
    if (!mc->thread_started || pthread_getcpuclockid(mc->thread, &id) || clock_gettime(id, &t))
        return mc->cpu_time_us;
    return (uint64_t)t.tv_sec * 1000000u + (uint64_t)t.tv_nsec / 1000u;
}

void machine_free(struct machine *m)
{
    diag_vm_free(&m->diag);
    free(m->ipl_image);
    free(m->ipl_cmdline);
    m->ipl_image = m->ipl_cmdline = NULL;
    console_free(&m->console);
    for (unsigned i = 0; i < m->ncpus; i++) {
        cpu_destroy(&m->cpus[i].cpu);
        pthread_cond_destroy(&m->cpus[i].cond);
    }
    free(m->cpus);
    m->cpus = NULL;
    m->ncpus = 0;
    pthread_cond_destroy(&m->done_cond);
    pthread_mutex_destroy(&m->lock);
    if (!m->mem_borrowed)
        storage_free(&m->mem);
}

void machine_kick(struct machine *m, struct mcpu *mc)
{
    (void)m;
    pthread_cond_signal(&mc->cond);
}

static void end_run(struct machine *m, enum run_end why)
{
    if (m->ended)
        return;
    m->ended = true;
    m->end = why;
    pthread_cond_signal(&m->done_cond);
}

void machine_end(struct machine *m)
{
    pthread_mutex_lock(&m->lock);
    end_run(m, RUN_LOGOFF);
    pthread_mutex_unlock(&m->lock);
}

void machine_check_idle(struct machine *m)
{
    if (m->reset_pending) {
        /* not the end: the controller performs the reset once everyone has stopped */
        if (machine_quiet(m))
            pthread_cond_signal(&m->done_cond);
        return;
    }
    for (unsigned i = 0; i < m->ncpus; i++) {
        const struct mcpu *mc = &m->cpus[i];
        if ((mc->state != MS_STOPPED && mc->state != MS_DWAIT) || mc->order != ORD_NONE)
            return;
    }
    end_run(m, RUN_IDLE);
}

/* A CPU about to sleep in an enabled wait presents the service signal for console input the
 * guest has not been told about (an unsolicited event: parameter without an SCCB). */
static void offer_unsolicited(struct machine *m, struct cpu *cpu)
{
    if (m->sclp.events_signalled || !sclp_events_pending(m))
        return;
    m->sclp.events_signalled = true;
    sclp_raise_service_signal(cpu, 1);
}

/* Sleep in an enabled wait until an interruption can be taken (caller holds the lock).
 * Returns with the lock held; the caller re-examines the state. */
static void enabled_wait(struct machine *m, struct mcpu *mc)
{
    struct cpu *cpu = &mc->cpu;
    offer_unsolicited(m, cpu);
    timer_poll(cpu);
    if (cpu_interrupt_enabled(cpu)) {
        mc->state = MS_RUNNING;
        return;
    }
    int64_t ns = timer_next_ns(cpu);
    if (ns < 0) {
        pthread_cond_wait(&mc->cond, &m->lock);
    } else {
        struct timespec t = deadline_after(ns);
        pthread_cond_timedwait(&mc->cond, &m->lock, &t);
    }
}

static void *cpu_thread(void *arg)
{
    struct mcpu *mc = arg;
    struct machine *m = mc->m;
    struct cpu *cpu = &mc->cpu;
    pthread_mutex_lock(&m->lock);
    while (!m->quit) {
        if (mc->order != ORD_NONE && mc->state != MS_RUNNING) {
            sigp_perform_order(m, mc, mc->order);
            machine_check_idle(m);
            continue;
        }
        if (mc->state == MS_STOPPED || mc->state == MS_DWAIT) {
            pthread_cond_wait(&mc->cond, &m->lock);
            continue;
        }
        if (mc->state == MS_WAIT) {
            enabled_wait(m, mc);
            if (mc->state != MS_RUNNING)
                continue;
        }
        pthread_mutex_unlock(&m->lock);
        int rc = m->cfg.run_cpu ? m->cfg.run_cpu(mc, m->cfg.run_ctx) : cpu_run(cpu);
        pthread_mutex_lock(&m->lock);
        switch (rc) {
        case EXEC_WAIT:
            /* an enabled wait sleeps until something can interrupt it; a disabled one ends
             * this CPU's part of the run unless a SIGP restarts it */
            /* a restart or stop that arrived meanwhile is taken by running once more */
            if (atomic_load(&cpu->pending) & (PEND_RESTART | PEND_STOP))
                break;
            mc->state = (cpu->psw.mask & (PSW_EXT | PSW_IO)) ? MS_WAIT : MS_DWAIT;
            if (mc->state == MS_DWAIT)
                machine_check_idle(m);
            break;
        case EXEC_LIMIT:
            end_run(m, RUN_LIMIT);
            mc->state = MS_STOPPED;
            break;
        case EXEC_STOP:
        default:
            /* EXEC_STOP; any other outcome (an interception outside SIE) also stops it */
            mc->state = MS_STOPPED;
            if (mc->order != ORD_NONE)
                sigp_perform_order(m, mc, mc->order);
            cpu->stopped = true;
            machine_check_idle(m);
            break;
        }
    }
    struct timespec t;
    if (!clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t))
        mc->cpu_time_us = (uint64_t)t.tv_sec * 1000000u + (uint64_t)t.tv_nsec / 1000u;
    pthread_mutex_unlock(&m->lock);
    return NULL;
}

static bool before(const struct timespec *a, const struct timespec *b)
{
    return a->tv_sec < b->tv_sec || (a->tv_sec == b->tv_sec && a->tv_nsec < b->tv_nsec);
}

#define CONTROL_POLL_NS 1000000000LL /* the watchdog is looked at at least once a second */

/* The run controller (caller holds the lock): waits for the end of the run, performs the
 * resets the CPUs ask for (ipl.c), and the watchdog's expiry on the guest's clock.  It
 * sleeps on done_cond until the next of the timeout, the watchdog and a once-a-second look
 * (the guest may move its clock with SCK). */
static void control(struct machine *m)
{
    struct timespec end_t = {0};
    bool has_timeout = m->cfg.timeout > 0;
    if (has_timeout)
        end_t = deadline_after((int64_t)(m->cfg.timeout * 1e9));
    while (!m->ended) {
        if (m->reset_pending && machine_quiet(m)) {
            machine_perform_reset(m);
            continue;
        }
        int64_t ns = diag_watchdog_next_ns(&m->diag, machine_guest_tod(m));
        if (ns < 0 || ns > CONTROL_POLL_NS)
            ns = CONTROL_POLL_NS;
        struct timespec t = deadline_after(ns);
        if (has_timeout && before(&end_t, &t))
            t = end_t;
        pthread_cond_timedwait(&m->done_cond, &m->lock, &t);
        if (m->ended)
            break;
        struct timespec now;
        clock_gettime(CLOCK_MONOTONIC, &now);
        if (has_timeout && !before(&now, &end_t)) {
            end_run(m, RUN_TIMEOUT);
            break;
        }
        if (!m->reset_pending) {
            pthread_mutex_unlock(&m->lock); /* the action takes the lock itself */
            diag_watchdog_poll(&m->diag, machine_guest_tod(m));
            pthread_mutex_lock(&m->lock);
        }
    }
}

int machine_run(struct machine *m, uint64_t psw_mask, uint64_t psw_ia, enum run_end *end)
{
    struct cpu *c0 = &m->cpus[0].cpu;
    int rc = 0;
    pthread_mutex_lock(&m->lock);
    cpu_load_psw(c0, psw_mask, psw_ia);
    c0->stopped = false;
    m->cpus[0].state = MS_RUNNING;
    m->quit = false;
    m->ended = false;
    m->reset_pending = false;
    if (atomic_load(&m->diag.logged_off)) /* forced before its run began */
        end_run(m, RUN_LOGOFF);
    for (unsigned i = 0; i < m->ncpus; i++) {
        if (pthread_create(&m->cpus[i].thread, NULL, cpu_thread, &m->cpus[i])) {
            rc = -1;
            break;
        }
        m->cpus[i].thread_started = true;
    }
    if (!rc)
        control(m);
    /* a VM's watchdog never fires after its run */
    diag_watchdog_cancel(&m->diag);
    /* everyone leaves: running CPUs stop at the end of their current slice */
    m->quit = true;
    for (unsigned i = 0; i < m->ncpus; i++) {
        atomic_fetch_or(&m->cpus[i].cpu.pending, PEND_STOP);
        pthread_cond_signal(&m->cpus[i].cond);
    }
    pthread_mutex_unlock(&m->lock);
    for (unsigned i = 0; i < m->ncpus; i++) {
        if (m->cpus[i].thread_started)
            pthread_join(m->cpus[i].thread, NULL);
        m->cpus[i].thread_started = false;
        /* the stop request was only the controller's way out */
        atomic_fetch_and(&m->cpus[i].cpu.pending, ~PEND_STOP);
    }
    *end = m->end;
    return rc;
}

struct cpu *machine_error_wait(struct machine *m)
{
    for (unsigned i = 0; i < m->ncpus; i++)
        if (m->cpus[i].state == MS_DWAIT && m->cpus[i].cpu.psw.ia != 0)
            return &m->cpus[i].cpu;
    return NULL;
}
