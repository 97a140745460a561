/* The control program: host storage, the virtual machines in it, and running them side by
 * side, each VM on threads of its own (a controller and one per virtual CPU). */
#include "cp.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "policy/proxy.h"

#define MIB (1ULL << 20)

int vm_setup_vcpus(struct vm *vm, struct storage *host);

static int fail(char *err, size_t errlen, const char *fmt, const char *id)
{
    snprintf(err, errlen, fmt, id);
    return -1;
}

int cp_init(struct cp *cp, const struct vm_spec *specs, unsigned n, char *err, size_t errlen)
{
    memset(cp, 0, sizeof *cp);
    diag_table_init(&cp->diag);
    if (n == 0 || n > CP_MAX_VMS)
        return fail(err, errlen, "E072 between 1 and 64 virtual machines can run (%s)", n ? "too many" : "none");
    uint64_t total = 0;
    for (unsigned i = 0; i < n; i++) {
        uint64_t size = (specs[i].storage + MIB - 1) & ~(MIB - 1);
        if (size == 0 || size > (1ULL << 40))
            return fail(err, errlen, "E073 %s: storage must be 1M..1T", specs[i].id);
        total += CP_SD_REGION + size + CP_GUARD;
    }
    if (storage_init(&cp->host, total))
        return fail(err, errlen, "E030 cannot allocate the host storage (%s)", "out of memory");
    cp->vms = calloc(n, sizeof *cp->vms);
    if (!cp->vms) {
        storage_free(&cp->host);
        return fail(err, errlen, "E030 cannot allocate the host storage (%s)", "out of memory");
    }
    uint64_t off = 0;
    for (unsigned i = 0; i < n; i++) {
        const struct vm_spec *s = &specs[i];
        struct vm *vm = &cp->vms[i];
        memcpy(vm->id, s->id, sizeof vm->id);
        vm->cp = cp;
        vm->sd_base = off;
        vm->mso = off + CP_SD_REGION;
        vm->size = (s->storage + MIB - 1) & ~(MIB - 1);
        off = vm->mso + vm->size + CP_GUARD;
        if (storage_guard(&cp->host, vm->mso + vm->size, CP_GUARD)) {
            cp->nvms = i;
            cp_free(cp);
            return fail(err, errlen, "E030 %s: cannot protect the storage between the virtual machines", s->id);
        }
        vm->max_insns = s->max_insns;
        vm->window.bytes = cp->host.bytes + vm->mso;
        vm->window.keys = cp->host.keys + (vm->mso >> PAGE_SHIFT);
        vm->window.size = vm->size;
        struct machine_config cfg = {
            .storage_size = vm->size,
            .ncpus = s->ncpus ? s->ncpus : 1,
            .max_insns = 0, /* the CP counts (cp_vcpu_step) */
            .timeout = s->timeout,
            .trace = s->trace,
            .trace_out = s->trace_out,
            .console_out = s->console_out,
            .console_in = s->console_in,
            .consoles = SCLP_CONSOLE_BOTH,
            .storage_window = &vm->window,
            .run_cpu = cp_vcpu_run,
            .run_ctx = vm,
            .console_prefix = s->console_prefix,
            .console_raw = s->console_raw,
        };
        if (cfg.ncpus > DIR_MAX_CPUS || machine_init(&vm->m, &cfg)) {
            cp->nvms = i;
            cp_free(cp);
            return fail(err, errlen, "E030 %s: cannot make the virtual machine", s->id);
        }
        cp->nvms = i + 1;
        cp_diag_setup(vm, s);
        if (vm_setup_vcpus(vm, &cp->host)) {
            cp_free(cp);
            return fail(err, errlen, "E030 %s: cannot make the virtual CPUs", s->id);
        }
    }
    return 0;
}

void cp_free(struct cp *cp)
{
    cp_ghapi_close(cp);
    for (unsigned i = 0; i < cp->nvms; i++) {
        struct vm *vm = &cp->vms[i];
        if (vm->vcpus) {
            for (unsigned k = 0; k < vm->ncpus; k++)
                if (vm->vcpus[k].sie.cpu)
                    sie_vcpu_destroy(&vm->vcpus[k].sie);
            free(vm->vcpus);
            vm->vcpus = NULL;
        }
        machine_free(&vm->m);
    }
    free(cp->vms);
    cp->vms = NULL;
    cp->nvms = 0;
    storage_free(&cp->host);
}

static void *controller(void *arg)
{
    struct vm *vm = arg;
    vm->run_rc = machine_run(&vm->m, vm->lr.psw_mask, vm->lr.psw_ia, &vm->end);
    return NULL;
}

int cp_run(struct cp *cp)
{
    int rc = 0;
    for (unsigned i = 0; i < cp->nvms; i++) {
        struct vm *vm = &cp->vms[i];
        if (pthread_create(&vm->controller, NULL, controller, vm)) {
            rc = -1;
            break;
        }
        vm->controller_started = true;
    }
    for (unsigned i = 0; i < cp->nvms; i++) {
        struct vm *vm = &cp->vms[i];
        if (vm->controller_started) {
            pthread_join(vm->controller, NULL);
            vm->controller_started = false;
            cp_ghapi_logoff(cp, vm);
            if (vm->run_rc)
                rc = -1;
        }
    }
    return rc;
}

/* ---- statistics ---- */

void cp_stats_line(const struct vm *vm, char *buf, size_t len)
{
    struct sie_stats s;
    vm_sie_stats(vm, &s);
    uint64_t exits = 0;
    for (unsigned c = 0; c < 64; c++)
        exits += s.exits[c];
    int n = snprintf(buf, len, "zsie: I060 %s SIE entries=%" PRIu64 " exits=%" PRIu64, vm->id, s.entries, exits);
    for (unsigned c = 0; c < 64 && n > 0 && (size_t)n < len; c++)
        if (s.exits[c])
            n += snprintf(buf + n, len - (size_t)n, " %02X=%" PRIu64, c * 4, s.exits[c]);
    if (n > 0 && (size_t)n < len)
        snprintf(buf + n, len - (size_t)n, " guest-insns=%" PRIu64, s.guest_insns);
}

void cp_print_stats(const struct vm *vm, FILE *f, bool detail)
{
    char line[1024];
    cp_stats_line(vm, line, sizeof line);
    fprintf(f, "%s\n", line);
    if (!detail)
        return;
    struct sie_stats s;
    vm_sie_stats(vm, &s);
    for (unsigned c = 0; c < 64; c++)
        if (s.exits[c])
            fprintf(f, "zsie: I061 %s exit %02X %-28s %" PRIu64 "\n", vm->id, c * 4, sie_icpt_name(c * 4), s.exits[c]);
    for (unsigned d = 0; d < DIAG_CODES; d++) {
        uint64_t c = atomic_load_explicit(&vm->m.diag.count[d], memory_order_relaxed);
        if (c) {
            const struct diag_def *def = diag_lookup(vm->m.diag.table, d * 4);
            fprintf(f, "zsie: I062 %s DIAGNOSE X'%03X' %-24s %" PRIu64 "\n", vm->id, d * 4,
                    def ? def->name : "(undefined)", c);
        }
    }
    uint64_t g[4];
    for (unsigned k = 0; k < 4; k++)
        g[k] = atomic_load_explicit(&vm->m.diag.ghapi_calls[k], memory_order_relaxed);
    if (g[0] | g[1] | g[2] | g[3])
        fprintf(f, "zsie: I065 %s GHAPI query=%" PRIu64 " auth=%" PRIu64 " log=%" PRIu64 " rejected=%" PRIu64 "\n",
                vm->id, g[1], g[2], g[3], g[0]);
    uint64_t cpu = atomic_load(&vm->sched.cpu_ns), held = atomic_load(&vm->sched.throttled_ns);
    if (vm->cp->proxy) {
        char id[POLICY_SPEC_MAX + 1];
        proxy_serving(vm->cp->proxy, SVC_SCHED, vm->id, id, sizeof id);
        fprintf(f, "zsie: I403 %s sched %s cpu=%.3fs throttled=%.3fs\n", vm->id, id, cpu / 1e9, held / 1e9);
    }
    long res = cp_vm_resident_pages(vm);
    if (res >= 0)
        fprintf(f, "zsie: I404 %s resident=%ldK of %" PRIu64 "K guest storage\n", vm->id, res * (long)(PAGE_SIZE / 1024),
                vm->size / 1024);
    fprintf(f, "zsie: I063 %s reflected program=%" PRIu64 " external=%" PRIu64 " not-handled=%" PRIu64 "\n", vm->id,
            vm->counts.reflected_pgm, vm->counts.reflected_ext, vm->counts.not_handled);
    uint64_t dcache = 0;
    for (unsigned i = 0; i < vm->ncpus; i++)
        dcache += vm->vcpus[i].sie.cpu->dcache_bytes;
    fprintf(f, "zsie: I302 %s host memory: storage %" PRIu64 " KiB, decoded instructions %" PRIu64 " KiB\n", vm->id,
            vm->size >> 10, dcache >> 10);
    for (unsigned i = 0; i < vm->ncpus; i++) {
        const struct sie_stats *c = &vm->vcpus[i].sie.stats;
        fprintf(f, "zsie: I064 %s CPU %u entries=%" PRIu64 " guest-insns=%" PRIu64 "\n", vm->id, i, c->entries,
                c->guest_insns);
    }
}
