/* The execution loop.  Instructions are decoded once into struct insn records kept per
 * absolute page (struct dpage); a record is reused while the storage still holds the same
 * text, which one masked 8-byte compare establishes, so stores into code, DAT changes and
 * other CPUs need no invalidation protocol.  The loop runs in slices between which it looks
 * at pending interruptions, timers and the instruction limit. */
#include "exec.h"

#include <stdlib.h>
#include <string.h>

#include "access.h"
#include "insn.h"
#include "interrupt.h"
#include "sie.h"
#include "timer.h"

#define SLICE 4096
#define SLOTS (PAGE_SIZE / 2)
#define EMPTY_RAW 1 /* never equals masked text: its low 16 bits are always zero */

struct dpage {
    struct insn slot[SLOTS];
};

/* The decode cache costs at most 1/8 of the storage it serves, shared out among the CPUs of
 * the configuration, but at least DCACHE_MIN and at most DCACHE_MAX pages per CPU (a page of
 * records is 128 KiB, 32 times the 4 KiB it decodes).  A slot serves whichever frame maps to
 * it last: its records stay valid for any text they match, so a new frame needs no reset. */
#define DCACHE_MIN 16
#define DCACHE_MAX 256
#define DCACHE_FRACTION 8

static unsigned dcache_slots_for(uint64_t frames, unsigned ncpus)
{
    uint64_t n = frames * PAGE_SIZE / DCACHE_FRACTION / sizeof(struct dpage) / (ncpus ? ncpus : 1);
    unsigned slots = DCACHE_MIN;
    while (slots < DCACHE_MAX && (uint64_t)slots * 2 <= n)
        slots *= 2;
    return slots;
}

static struct dpage *dpage_for(struct cpu *cpu, uint64_t abs)
{
    if (!cpu->dcache) {
        unsigned slots = dcache_slots_for(cpu->dcache_frames, cpu->config_cpus);
        cpu->dcache = calloc(slots, sizeof *cpu->dcache);
        if (!cpu->dcache)
            return NULL;
        cpu->dcache_slots = slots;
    }
    struct dpage **e = &cpu->dcache[(abs >> PAGE_SHIFT) & (cpu->dcache_slots - 1)];
    struct dpage *dp = *e;
    if (!dp) {
        dp = malloc(sizeof *dp);
        if (!dp)
            return NULL;
        for (unsigned i = 0; i < SLOTS; i++) {
            dp->slot[i].raw = EMPTY_RAW;
            dp->slot[i].raw_mask = 0;
        }
        *e = dp;
        cpu->dcache_bytes += sizeof *dp;
    }
    return dp;
}

void dcache_free(struct cpu *cpu)
{
    if (!cpu->dcache)
        return;
    for (unsigned i = 0; i < cpu->dcache_slots; i++)
        free(cpu->dcache[i]);
    free(cpu->dcache);
    cpu->dcache = NULL;
    cpu->dcache_slots = 0;
    cpu->dcache_bytes = 0;
    ic_invalidate(cpu);
}

/* The storage the CPU executes from is now `frames` big (SIE entry): a cache sized for other
 * storage is dropped and made anew on first use. */
int dcache_resize(struct cpu *cpu, uint64_t frames)
{
    if (frames == cpu->dcache_frames)
        return 0;
    if (cpu->dcache && dcache_slots_for(frames, cpu->config_cpus) != cpu->dcache_slots)
        dcache_free(cpu);
    cpu->dcache_frames = frames;
    ic_invalidate(cpu);
    return 0;
}

/* Fetch slow path: a new page, an odd or invalid PSW, or text that crosses a page. */
static int fetch_slow(struct cpu *cpu, uint64_t ia, struct insn **out, struct insn *tmp)
{
    if (cpu->psw_invalid || (ia & 1))
        return PGM_SPECIFICATION;
    uint8_t *p;
    int rc = vptr(cpu, ia, 2, ACC_IFETCH, &p);
    if (rc)
        return rc;
    unsigned off = (unsigned)(ia & ~PAGE_MASK);
    unsigned len = insn_length(p[0]);
    if (off + len > PAGE_SIZE) {
        uint8_t text[6];
        uint8_t *q;
        unsigned first = (unsigned)PAGE_SIZE - off;
        memcpy(text, p, first);
        rc = vptr(cpu, (ia + first) & amode_mask(cpu), len - first, ACC_IFETCH, &q);
        if (rc)
            return rc;
        memcpy(text + first, q, len - first);
        insn_decode(text, tmp);
        *out = tmp;
        return 0;
    }
    if (!tlb_hit(cpu, ia, ACC_IFETCH)) {
        /* allowed for these bytes only (fetch-protection override, byte exact): check the
         * whole instruction, and keep the page out of the fetch cache */
        rc = vptr(cpu, ia, len, ACC_IFETCH, &p);
        if (rc)
            return rc;
        insn_decode(p, tmp);
        *out = tmp;
        return 0;
    }
    uint64_t abs = cpu->tlb[(ia >> PAGE_SHIFT) & (TLB_SIZE - 1)].abs + off; /* tlb_fill set it */
    struct dpage *dp = dpage_for(cpu, abs);
    if (!dp) {
        insn_decode(p, tmp);
        *out = tmp;
        return 0;
    }
    cpu->ic_page = ia & PAGE_MASK;
    cpu->ic_host = p - off;
    cpu->ic_dpage = dp;
    struct insn *in = &dp->slot[off >> 1];
    if ((ld_be64(p) & in->raw_mask) != in->raw)
        insn_decode(p, in);
    *out = in;
    return 0;
}

/* The slow part of dispatch, for rows flagged privileged or SIE-controlled: under SIE the
 * interception decision comes first (DIAGNOSE is intercepted even in problem state). */
static int dispatch_gated(struct cpu *cpu, const struct insn *in)
{
    if (cpu->sie && (in->flags & F_SIE)) {
        int rc = sie_gate(cpu, in);
        if (rc)
            return rc;
    }
    if ((in->flags & F_PRIV) && problem_state(cpu))
        return PGM_PRIVILEGED;
    return in->fn(cpu, in);
}

/* Present a program interruption, or under SIE the interception it may become. */
static int program_exception(struct cpu *cpu, int code, const struct insn *in, uint64_t ia)
{
    if (cpu->sie && sie_program_intercept(cpu, code, in, ia))
        return EXEC_INTERCEPT;
    cpu_program_interrupt(cpu, code, in ? in->len : 0, ia);
    return 0;
}

static inline __attribute__((always_inline)) int run_slice(struct cpu *cpu, unsigned n, bool trace)
{
    uint64_t gr_before[16];
    const unsigned total = n;
    int out = 0;
    cpu->check_stop = false;
    /* insn_count is brought up to date when the slice ends (every exit goes through done) */
    while (n) {
        n--;
        uint64_t ia = cpu->psw.ia;
        struct insn *in;
        struct insn tmp;
        if (__builtin_expect((ia & (PAGE_MASK | 1)) == cpu->ic_page, 1)) {
            unsigned off = (unsigned)(ia & ~PAGE_MASK);
            in = &cpu->ic_dpage->slot[off >> 1];
            if (__builtin_expect((ld_be64(cpu->ic_host + off) & in->raw_mask) != in->raw, 0)) {
                if (off + insn_length(cpu->ic_host[off]) <= PAGE_SIZE) {
                    insn_decode(cpu->ic_host + off, in);
                } else {
                    int rc = fetch_slow(cpu, ia, &in, &tmp);
                    if (rc) {
                        if (program_exception(cpu, rc, NULL, ia))
                            out = EXEC_INTERCEPT;
                        goto done;
                    }
                }
            }
        } else {
            int rc = fetch_slow(cpu, ia, &in, &tmp);
            if (rc) {
                if (program_exception(cpu, rc, NULL, ia))
                    out = EXEC_INTERCEPT;
                goto done;
            }
        }
        cpu->psw.ia = (ia + in->len) & amode_mask(cpu);
        if (trace)
            memcpy(gr_before, cpu->gr, sizeof gr_before);
        int rc;
        if (__builtin_expect(in->flags & (F_PRIV | F_SIE), 0))
            rc = dispatch_gated(cpu, in);
        else
            rc = in->fn(cpu, in);
        if (trace)
            trace_insn(cpu, in, ia, gr_before);
        if (__builtin_expect(rc != 0, 0)) {
            if (rc > 0) {
                if (program_exception(cpu, rc, in, ia)) {
                    out = EXEC_INTERCEPT;
                    break;
                }
            } else if (rc != EXEC_RESTART) {
                out = rc;
                break;
            }
        }
        if (__builtin_expect(cpu->check_stop, 0))
            break;
    }
done:
    cpu->insn_count += total - n;
    return out;
}

static int run_slice_fast(struct cpu *cpu, unsigned n) { return run_slice(cpu, n, false); }
static int run_slice_traced(struct cpu *cpu, unsigned n) { return run_slice(cpu, n, true); }

int cpu_run(struct cpu *cpu)
{
    for (;;) {
        tlb_sync(cpu); /* another CPU changed keys or invalidated a page table entry */
        if (cpu->sie)
            sie_host_sync(cpu->sie); /* ... or the host's tables under a pageable guest */
        timer_poll(cpu);
        if (atomic_load_explicit(&cpu->pending, memory_order_acquire)) {
            cpu_take_pending(cpu);
            if (cpu->sie_exit)
                return EXEC_INTERCEPT;
        }
        if (cpu->stopped)
            return EXEC_STOP;
        if (cpu->psw_invalid) {
            /* an early PSW specification exception, recognised before the wait bit is
             * looked at: a wait PSW with a must-be-zero bit set is not a wait (PoP,
             * "Specification Exception"; Hercules 3.13 likewise) */
            if (program_exception(cpu, PGM_SPECIFICATION, NULL, cpu->psw.ia))
                return EXEC_INTERCEPT;
            /* counted like a failed fetch, so that an invalid program-new PSW loops within
             * the instruction limit */
            if (++cpu->insn_count >= cpu->max_insns && cpu->max_insns)
                return EXEC_LIMIT;
            continue;
        }
        if (cpu->psw.mask & PSW_WAIT)
            return EXEC_WAIT;
        unsigned n = SLICE;
        if (cpu->max_insns) {
            if (cpu->insn_count >= cpu->max_insns)
                return EXEC_LIMIT;
            if (cpu->max_insns - cpu->insn_count < n)
                n = (unsigned)(cpu->max_insns - cpu->insn_count);
        }
        int rc = (cpu->trace & TRACE_INSNS) ? run_slice_traced(cpu, n) : run_slice_fast(cpu, n);
        if (rc)
            return rc;
    }
}

int cpu_exec_text(struct cpu *cpu, const uint8_t *text, struct insn *scratch)
{
    insn_decode(text, scratch);
    return dispatch_gated(cpu, scratch);
}
