/* SIGNAL PROCESSOR orders.  The issuing CPU's thread takes the machine lock and acts on the
 * target directly when the target is not executing (stopped or waiting: its thread sleeps and
 * re-reads its state under the same lock).  A running target is asked to stop through
 * cpu->pending; its own thread then carries out what was posted (store status, resets), and
 * until it has done so further orders to it find it busy (CC 2). */
#include "sigp.h"

#include <string.h>

#include "access.h"
#include "interrupt.h"
#include "timer.h"

/* ---- store status (z/Architecture save area, offsets from real location 0x1200) ---- */
#define SS_FPR 0x000    /* 16 x 8 floating-point registers */
#define SS_GR 0x080     /* 16 x 8 general registers */
#define SS_PSW 0x100    /* 16 current PSW */
#define SS_PREFIX 0x118 /* 4 prefix */
#define SS_FPC 0x11C    /* 4 floating-point-control register */
#define SS_TODPR 0x124  /* 4 TOD programmable register (right halfword) */
#define SS_TIMER 0x128  /* 8 CPU timer */
#define SS_CKC 0x131    /* 7 clock comparator bits 0-55 */
#define SS_AR 0x140     /* 16 x 4 access registers */
#define SS_CR 0x180     /* 16 x 8 control registers */
#define SS_SIZE 0x200
#define LC_SAVE_AREA 0x1200
#define LC_ARCH_MODE_ID 163 /* absolute; store status sets 1: z/Architecture mode */
_Static_assert(SS_CR + 16 * 8 == SS_SIZE, "store-status area is 512 bytes");

bool machine_store_status(struct machine *m, struct cpu *cpu, uint64_t base)
{
    if (!storage_valid(&m->mem, base, SS_SIZE))
        return false;
    uint8_t *p = storage_ptr(&m->mem, base);
    memset(p, 0, SS_SIZE);
    for (int i = 0; i < 16; i++) {
        st_be64(p + SS_FPR + 8 * i, cpu->fpr[i]);
        st_be64(p + SS_GR + 8 * i, cpu->gr[i]);
        st_be32(p + SS_AR + 4 * i, cpu->ar[i]);
        st_be64(p + SS_CR + 8 * i, cpu->cr[i]);
    }
    cpu_store_psw(cpu, p + SS_PSW);
    st_be32(p + SS_PREFIX, cpu->prefix);
    st_be32(p + SS_FPC, cpu->fpc);
    st_be32(p + SS_TODPR, cpu->todpr);
    st_be64(p + SS_TIMER, (uint64_t)cpu_timer_get(cpu));
    uint64_t ckc = cpu->clock_comparator;
    for (int i = 0; i < 7; i++)
        p[SS_CKC + i] = (uint8_t)(ckc >> (56 - 8 * i));
    for (uint64_t a = base & PAGE_MASK; a < base + SS_SIZE; a += PAGE_SIZE)
        skey_or(storage_key(&m->mem, a), SKEY_R | SKEY_C); /* atomic: SSKE may run beside */
    return true;
}

/* Stop and store status: at absolute 0x1200-0x13FF whatever the CPU's prefix (which is
 * why several CPUs use store status at address instead), the architectural-mode
 * identification at absolute 163. */
static void store_status_absolute(struct machine *m, struct cpu *cpu)
{
    machine_store_status(m, cpu, LC_SAVE_AREA);
    storage_ptr(&m->mem, 0)[LC_ARCH_MODE_ID] = 0x01;
}

void sigp_perform_order(struct machine *m, struct mcpu *mc, enum mcpu_order order)
{
    struct cpu *cpu = &mc->cpu;
    cpu->stopped = true;
    mc->state = MS_STOPPED;
    /* the stop is done: a request left pending would stop the next restart */
    atomic_fetch_and(&cpu->pending, ~PEND_STOP);
    switch (order) {
    case ORD_STOP_STORE:
        store_status_absolute(m, cpu);
        break;
    case ORD_CPU_RESET:
        cpu_reset_normal(cpu);
        break;
    case ORD_INITIAL_RESET:
        cpu_reset_initial(cpu);
        break;
    case ORD_STOP:
    case ORD_NONE:
        break;
    }
    mc->order = ORD_NONE;
}

/* An order that needs the target stopped: at once if it is not executing, else posted. */
static void stop_with(struct machine *m, struct cpu *issuer, struct mcpu *t, enum mcpu_order order)
{
    if (t->state != MS_RUNNING) {
        sigp_perform_order(m, t, order);
        machine_check_idle(m);
        return;
    }
    t->order = order;
    atomic_fetch_or_explicit(&t->cpu.pending, PEND_STOP, memory_order_release);
    if (&t->cpu == issuer)
        issuer->check_stop = true; /* stop right after this SIGP */
}

static void post_external(struct machine *m, struct cpu *issuer, struct mcpu *t, uint32_t bit)
{
    atomic_store_explicit(bit == PEND_EXT_CALL ? &t->cpu.ext_call_source : &t->cpu.emergency_source,
                          issuer->cpu_addr, memory_order_relaxed);
    atomic_fetch_or_explicit(&t->cpu.pending, bit, memory_order_release);
    if (&t->cpu == issuer)
        issuer->check_stop = true;
    else if (t->state == MS_WAIT)
        machine_kick(m, t);
}

static int set_architecture(struct machine *m, struct cpu *issuer, uint64_t param, uint32_t *status)
{
    unsigned code = (unsigned)(param & 0xFF);
    if (code != SIGP_ARCH_ZARCH && code != SIGP_ARCH_ZARCH_KEEP) {
        /* ESA/390 cannot be entered: this machine is z/Architecture only */
        *status = SIGP_STATUS_INVALID_PARAMETER;
        return SIGP_CC_STATUS;
    }
    for (unsigned i = 0; i < m->ncpus; i++) {
        if (&m->cpus[i].cpu != issuer && m->cpus[i].state != MS_STOPPED) {
            *status = SIGP_STATUS_INCORRECT_STATE;
            return SIGP_CC_STATUS;
        }
    }
    return SIGP_CC_ACCEPTED; /* already in z/Architecture: nothing to convert */
}

static int order_locked(struct machine *m, struct cpu *issuer, uint8_t order, uint16_t target, uint64_t param,
                        uint32_t *status)
{
    if (m->reset_pending)
        return SIGP_CC_BUSY; /* the configuration is being reset (X'308', the watchdog) */
    if (order == SIGP_SET_ARCHITECTURE)
        return set_architecture(m, issuer, param, status); /* no target CPU */
    if (target >= m->ncpus)
        return SIGP_CC_NOT_OPERATIONAL;
    struct mcpu *t = &m->cpus[target];
    struct cpu *tc = &t->cpu;
    if (t->order != ORD_NONE)
        return SIGP_CC_BUSY; /* still carrying out the previous order */
    uint32_t pend = atomic_load_explicit(&tc->pending, memory_order_acquire);

    switch (order) {
    case SIGP_SENSE: {
        uint32_t s = 0;
        if (t->state == MS_STOPPED)
            s |= SIGP_STATUS_STOPPED;
        if (pend & PEND_EXT_CALL)
            s |= SIGP_STATUS_EXT_CALL_PENDING;
        if (!s)
            return SIGP_CC_ACCEPTED;
        *status = s;
        return SIGP_CC_STATUS;
    }
    case SIGP_EXTERNAL_CALL:
        if (pend & PEND_EXT_CALL) {
            *status = SIGP_STATUS_EXT_CALL_PENDING;
            return SIGP_CC_STATUS;
        }
        post_external(m, issuer, t, PEND_EXT_CALL);
        return SIGP_CC_ACCEPTED;
    case SIGP_EMERGENCY_SIGNAL:
        post_external(m, issuer, t, PEND_EXT_EMERGENCY);
        return SIGP_CC_ACCEPTED;
    case SIGP_START:
        if (t->state == MS_STOPPED) {
            tc->stopped = false;
            t->state = MS_RUNNING;
            machine_kick(m, t);
        }
        return SIGP_CC_ACCEPTED;
    case SIGP_STOP:
        stop_with(m, issuer, t, ORD_STOP);
        return SIGP_CC_ACCEPTED;
    case SIGP_STOP_AND_STORE_STATUS:
        stop_with(m, issuer, t, ORD_STOP_STORE);
        return SIGP_CC_ACCEPTED;
    case SIGP_INITIAL_CPU_RESET:
        stop_with(m, issuer, t, ORD_INITIAL_RESET);
        return SIGP_CC_ACCEPTED;
    case SIGP_CPU_RESET:
        stop_with(m, issuer, t, ORD_CPU_RESET);
        return SIGP_CC_ACCEPTED;
    case SIGP_RESTART:
        atomic_fetch_or_explicit(&tc->pending, PEND_RESTART, memory_order_release);
        if (tc == issuer) {
            issuer->check_stop = true;
        } else if (t->state != MS_RUNNING) {
            t->state = MS_RUNNING;
            machine_kick(m, t);
        }
        return SIGP_CC_ACCEPTED;
    case SIGP_SET_PREFIX: {
        if (t->state != MS_STOPPED) {
            *status = SIGP_STATUS_INCORRECT_STATE;
            return SIGP_CC_STATUS;
        }
        uint64_t px = param & 0x7FFFE000ULL; /* bits 33-50 */
        if (!storage_valid(&m->mem, px, 0x2000)) {
            *status = SIGP_STATUS_INVALID_PARAMETER;
            return SIGP_CC_STATUS;
        }
        tc->prefix = (uint32_t)px;
        tlb_flush(tc);
        return SIGP_CC_ACCEPTED;
    }
    case SIGP_STORE_STATUS_AT_ADDRESS: {
        if (t->state != MS_STOPPED) {
            *status = SIGP_STATUS_INCORRECT_STATE;
            return SIGP_CC_STATUS;
        }
        if (!machine_store_status(m, tc, param & 0x7FFFFE00ULL)) { /* bits 33-54 */
            *status = SIGP_STATUS_INVALID_PARAMETER;
            return SIGP_CC_STATUS;
        }
        return SIGP_CC_ACCEPTED;
    }
    case SIGP_SENSE_RUNNING_STATUS:
        if (t->state == MS_RUNNING)
            return SIGP_CC_ACCEPTED;
        *status = SIGP_STATUS_NOT_RUNNING;
        return SIGP_CC_STATUS;
    default:
        *status = SIGP_STATUS_INVALID_ORDER;
        return SIGP_CC_STATUS;
    }
}

int machine_sigp(struct cpu *cpu, uint8_t order, uint16_t target, uint64_t param, uint32_t *status, void *ctx)
{
    struct machine *m = ctx;
    pthread_mutex_lock(&m->lock);
    int cc = order_locked(m, cpu, order, target, param, status);
    pthread_mutex_unlock(&m->lock);
    return cc;
}
