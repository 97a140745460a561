/* Virtual-CPU scheduling services: "threads", one host thread per virtual CPU running freely
 * (as before the kernel proxy); and "shares:F", like processing units apportioned to logical
 * partitions: the VM's CPU threads together get F of one host processor (0.2, 0.8, 1.5 ...),
 * enforced at slice boundaries by CPU-time accounting: when the VM has used more CPU time
 * than F times the time since its window began, the thread waits until its share catches up.
 * Unused share is carried forward for at most CARRY_NS, so an idle VM cannot bank a burst. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "service.h"

#define CARRY_NS 100000000ull   /* 100 ms of share carried forward at most */
#define MAX_WAIT_NS 200000000ull

uint64_t sched_thread_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

uint64_t sched_mono_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

uint64_t sched_charge(struct sched_vcpu *v)
{
    uint64_t now = sched_thread_ns();
    uint64_t d = v->last_cpu_ns && now > v->last_cpu_ns ? now - v->last_cpu_ns : 0;
    v->last_cpu_ns = now;
    atomic_fetch_add(&v->acct->slices, 1);
    return atomic_fetch_add(&v->acct->cpu_ns, d) + d;
}

static int threads_start(void **state, const char *arg, const struct svc_env *env, char *err, size_t errlen)
{
    (void)env;
    if (*arg) {
        snprintf(err, errlen, "takes no argument (':%.40s')", arg);
        return -1;
    }
    *state = NULL;
    return 0;
}
static void threads_stop(void *state)
{
    (void)state;
}
static void threads_slice(void *state, struct sched_vcpu *v)
{
    (void)state;
    sched_charge(v);
}

struct share {
    double f;
};

static int shares_start(void **state, const char *arg, const struct svc_env *env, char *err, size_t errlen)
{
    (void)env;
    char *end;
    double f = *arg ? strtod(arg, &end) : 0;
    if (!*arg || *end || !(f >= 0.01 && f <= 64)) {
        snprintf(err, errlen, "shares:F wants a share of one processor 0.01..64, not '%.40s'", arg);
        return -1;
    }
    struct share *s = malloc(sizeof *s);
    if (!s) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    s->f = f;
    *state = s;
    return 0;
}

static void shares_stop(void *state)
{
    free(state);
}

static void shares_slice(void *state, struct sched_vcpu *v)
{
    const struct share *s = state;
    struct sched_account *a = v->acct;
    uint64_t used = sched_charge(v);
    uint64_t now = sched_mono_ns();
    uint64_t epoch = atomic_load(&a->epoch_ns);
    uint64_t ppm = (uint64_t)(s->f * 1e6 + 0.5);
    if (atomic_exchange(&a->share_ppm, ppm) != ppm && epoch) {
        /* a new share applies from now on: what was used under the old one is not held
         * against it (nor banked) */
        uint64_t e = now - (uint64_t)((double)used / s->f);
        atomic_store(&a->epoch_ns, e);
        return;
    }
    if (!epoch) {
        /* the window begins at the first slice; what that slice used counts against it */
        uint64_t e = now - (uint64_t)((double)used / s->f);
        atomic_compare_exchange_strong(&a->epoch_ns, &epoch, e);
        epoch = atomic_load(&a->epoch_ns);
    }
    double allowed = s->f * (double)(now - epoch);
    if (allowed > (double)used + s->f * (double)CARRY_NS) {
        /* idle long enough to bank more than the carry: move the window up */
        uint64_t e = now - (uint64_t)(((double)used + s->f * (double)CARRY_NS) / s->f);
        atomic_compare_exchange_strong(&a->epoch_ns, &epoch, e);
        return;
    }
    if ((double)used <= allowed)
        return;
    uint64_t wait = (uint64_t)(((double)used - allowed) / s->f);
    if (wait > MAX_WAIT_NS)
        wait = MAX_WAIT_NS;
    struct timespec ts = {(time_t)(wait / 1000000000ull), (long)(wait % 1000000000ull)};
    while (nanosleep(&ts, &ts))
        ;
    atomic_fetch_add(&a->throttled_ns, wait);
}

const struct sched_ops svc_sched_threads = {
    {"threads", "one host thread per virtual CPU, unthrottled", threads_start, threads_stop, NULL}, threads_slice};
const struct sched_ops svc_sched_shares = {
    {"shares", "the VM's CPUs get F of one host processor (shares:F), throttled at slice ends", shares_start,
     shares_stop, NULL},
    shares_slice};
