/* Timing facility on the host's clocks.  The TOD clock follows CLOCK_REALTIME for its value
 * and is forced strictly increasing, as STCK requires unique values per configuration. */
#include "timer.h"

#include <time.h>

#include "access.h"

/* Seconds from 1900-01-01 to 1970-01-01. */
#define EPOCH_1900_TO_1970 2208988800ULL

uint64_t tod_host(void)
{
    static _Atomic uint64_t last;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint64_t us = ((uint64_t)ts.tv_sec + EPOCH_1900_TO_1970) * 1000000ULL + (uint64_t)ts.tv_nsec / 1000;
    uint64_t tod = us << 12 | (((uint64_t)ts.tv_nsec % 1000) * 4096 / 1000);
    uint64_t prev = atomic_load_explicit(&last, memory_order_relaxed);
    for (;;) {
        uint64_t next = tod > prev ? tod : prev + 1;
        if (atomic_compare_exchange_weak_explicit(&last, &prev, next, memory_order_relaxed, memory_order_relaxed))
            return next;
    }
}

uint64_t tod_cpu(const struct cpu *cpu)
{
    return tod_host() + (uint64_t)cpu->tod_epoch;
}

int64_t cpu_timer_get(const struct cpu *cpu)
{
    return cpu->cpu_timer - (int64_t)(tod_host() - cpu->cpu_timer_base);
}

void cpu_timer_set(struct cpu *cpu, int64_t value)
{
    cpu->cpu_timer = value;
    cpu->cpu_timer_base = tod_host();
}

void timer_poll(struct cpu *cpu)
{
    uint32_t set = 0;
    /* the clock-comparator condition holds while TOD > CKC (unsigned compare) */
    if (tod_cpu(cpu) > cpu->clock_comparator)
        set |= PEND_EXT_CKC;
    if (cpu_timer_get(cpu) < 0)
        set |= PEND_EXT_CPUTIMER;
    uint32_t clear = (PEND_EXT_CKC | PEND_EXT_CPUTIMER) & ~set;
    if (set)
        atomic_fetch_or_explicit(&cpu->pending, set, memory_order_relaxed);
    if (clear)
        atomic_fetch_and_explicit(&cpu->pending, ~clear, memory_order_relaxed);
}

int64_t timer_next_ns(const struct cpu *cpu)
{
    int64_t best = -1;
    uint64_t now = tod_cpu(cpu);
    if (cpu->clock_comparator >= now) {
        uint64_t d = cpu->clock_comparator - now;
        best = d > (uint64_t)INT64_MAX / 1000 * 4096 ? INT64_MAX : (int64_t)(d * 1000 / 4096);
    }
    int64_t t = cpu_timer_get(cpu);
    if (t >= 0) {
        int64_t ns = t / 4096 * 1000;
        if (best < 0 || ns < best)
            best = ns;
    }
    return best;
}
