/* A virtual machine: a struct machine whose storage is a window of the CP's host storage and
 * whose CPUs run as SIE guests, one state description per virtual CPU.  Between entries the
 * guest CPU (struct cpu) is the truth: SIGP, resets and the CP's handlers change it there,
 * and each entry first copies it into the state description. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "access.h"
#include "cp.h"
#include "exec.h"
#include "policy/proxy.h"

#define SIE_SLICE 200000 /* guest instructions between looks at the instruction limit */

/* A slice boundary for the scheduling service: it accounts the CPU time and may hold the
 * thread back (shares). */
static void sched_slice(struct cp_vcpu *v)
{
    if (v->vm->cp->proxy)
        proxy_sched_slice(v->vm->cp->proxy, &v->sched);
    else
        sched_charge(&v->sched);
}

/* Asked by sie_enter() between slices: the instruction limit ends interpretive execution
 * with code 0.  A guest that computes without interceptions passes here only. */
static bool host_wants(struct sie_vcpu *vc, void *ctx)
{
    struct cp_vcpu *v = ctx;
    sched_slice(v);
    return v->vm->max_insns && vc->cpu->insn_count >= v->vm->max_insns;
}

int vm_setup_vcpus(struct vm *vm, struct storage *host);

int vm_setup_vcpus(struct vm *vm, struct storage *host)
{
    vm->vcpus = calloc(vm->m.ncpus, sizeof *vm->vcpus);
    if (!vm->vcpus)
        return -1;
    vm->ncpus = vm->m.ncpus;
    for (unsigned i = 0; i < vm->ncpus; i++) {
        struct cp_vcpu *v = &vm->vcpus[i];
        struct mcpu *mc = &vm->m.cpus[i];
        v->vm = vm;
        v->mc = mc;
        v->sd_abs = vm->sd_base + i * sizeof(struct sie_sd);
        /* all virtual CPUs of one VM share its storage object, so that key changes and IPTE
         * on one reach the TLBs of the others (storage.tlb_gen) */
        if (sie_vcpu_init(&v->sie, host, &mc->cpu, &vm->m.mem, (uint16_t)i))
            return -1;
        v->sie.slice = SIE_SLICE;
        v->sie.host_wants = host_wants;
        v->sie.host_ctx = v;
        v->sched = (struct sched_vcpu){.vm = vm->id, .cpu = i, .acct = &vm->sched};
        struct sie_sd *sd = (struct sie_sd *)storage_ptr(host, v->sd_abs);
        memset(sd, 0, sizeof *sd);
        sd->mx = SIE_MX_ZARCH;
        sd->m = 0; /* pageable guest at an origin: never V=R */
        st_be64(sd->mso, vm->mso);
        st_be64(sd->mse, vm->mso + vm->size - 1);
        st_be16(sd->cpuad, mc->cpu.cpu_addr);
        v->sie.sd = sd;
    }
    return 0;
}

int vm_load(struct vm *vm, const char *image, const char *cmdline, char *err, size_t errlen)
{
    /* the machine keeps the IPL source: X'308' and the watchdog's IPL load it again */
    return machine_load(&vm->m, image, cmdline, &vm->lr, err, errlen);
}

int cp_vcpu_step(struct cp_vcpu *v)
{
    struct vm *vm = v->vm;
    struct cpu *g = v->sie.cpu;
    v->sie.slice = SIE_SLICE;
    if (vm->max_insns) {
        if (g->insn_count >= vm->max_insns)
            return EXEC_LIMIT;
        uint64_t left = vm->max_insns - g->insn_count;
        if (left < v->sie.slice)
            v->sie.slice = left;
    }
    sie_sync_sd(&v->sie);
    int code = sie_enter(&v->sie, v->sd_abs, NULL, 0);
    /* a guest that intercepts often seldom ends a whole slice: every 64th entry counts as a
     * slice boundary too (not each, to keep the interception path short) */
    if ((v->sie.stats.entries & 63) == 0)
        sched_slice(v);
    return cp_intercept(v, code);
}

/* Fair share: the host scheduler weighs threads, so a VM with n virtual CPUs would get n
 * times the host CPU of a VM with one.  Each virtual CPU's thread therefore runs at the nice
 * level whose weight (Linux's table, nice 0 = 1024, each level about 1.25 times less) is
 * nearest 1/n of nice 0's: every VM then weighs about the same, whatever its CPU count.
 * Lowering one's own priority needs no privilege; above nice 19 it saturates. */
static void fair_share(unsigned ncpus)
{
    static _Thread_local bool done;
    if (done || ncpus < 2)
        return;
    done = true;
    static const unsigned weight[] = {1024, 820, 655, 526, 423, 335, 272, 215, 172, 137, 110, 87, 70, 56, 45, 36};
    unsigned want = 1024 / ncpus, k = 0;
    for (unsigned i = 1; i < sizeof weight / sizeof weight[0]; i++)
        if ((weight[i] > want ? weight[i] - want : want - weight[i]) <
            (weight[k] > want ? weight[k] - want : want - weight[k]))
            k = i;
    pid_t tid = (pid_t)syscall(SYS_gettid);
    errno = 0;
    int base = getpriority(PRIO_PROCESS, (id_t)tid);
    if (errno == 0)
        setpriority(PRIO_PROCESS, (id_t)tid, base + (int)k > 19 ? 19 : base + (int)k);
}

int cp_vcpu_run(struct mcpu *mc, void *ctx)
{
    struct vm *vm = ctx;
    struct cp_vcpu *v = &vm->vcpus[mc - vm->m.cpus];
    fair_share(vm->ncpus);
    for (;;) {
        int rc = cp_vcpu_step(v);
        if (rc != CP_DONE)
            return rc;
    }
}

void vm_sie_stats(const struct vm *vm, struct sie_stats *out)
{
    memset(out, 0, sizeof *out);
    for (unsigned i = 0; i < vm->ncpus; i++) {
        const struct sie_stats *s = &vm->vcpus[i].sie.stats;
        out->entries += s->entries;
        out->guest_insns += s->guest_insns;
        for (unsigned c = 0; c < 64; c++)
            out->exits[c] += s->exits[c];
    }
}

int cp_vm_release(struct vm *vm, uint64_t addr, uint64_t len)
{
    if ((addr | len) & (PAGE_SIZE - 1) || addr > vm->size || len > vm->size - addr)
        return -1;
    if (!len)
        return 0;
    uint8_t *host = vm->window.bytes + addr;
    int rc = vm->cp->proxy ? proxy_mem_release(vm->cp->proxy, vm->id, host, len) : 0;
    return rc ? -2 : 0;
}

long cp_vm_resident_pages(const struct vm *vm)
{
    if (vm->cp->proxy)
        proxy_mem_flush(vm->cp->proxy, vm->id);
    return memory_resident_pages(vm->window.bytes, vm->size);
}
