/* The SIE instruction (B214): a program on the emulated machine enters interpretive
 * execution for the state description at the second-operand (real) address.  The guest's
 * GR0-13, FPRs, FPC and ARs are the issuing CPU's own, as on real machines. */
#include <stdlib.h>

#include "access.h"
#include "insn.h"
#include "interrupt.h"
#include "sie.h"
#include "timer.h"

/* The host keeps control of its own interruptions and of --max-insns while a guest runs. */
static bool host_wants(struct sie_vcpu *vc, void *ctx)
{
    struct cpu *host = ctx;
    host->insn_count += vc->cpu->insn_count - vc->host_seen;
    vc->host_seen = vc->cpu->insn_count;
    if (host->max_insns && host->insn_count >= host->max_insns)
        return true;
    timer_poll(host);
    return cpu_interrupt_enabled(host);
}

int op_SIE(struct cpu *cpu, const struct insn *in)
{
    uint64_t real = ea_bd(cpu, in->b2, in->d2);
    /* a state description is 512-aligned and lies outside page 0 and the prefix area */
    if ((real & 0x1FF) || real < PAGE_SIZE || (real & ~0x1FFFULL) == cpu->prefix)
        return PGM_SPECIFICATION;
    uint64_t abs = real_to_abs(cpu, real);
    if (!storage_valid(cpu->mem, abs, sizeof(struct sie_sd)))
        return PGM_ADDRESSING;
    if (!cpu->sie_child) {
        cpu->sie_child = malloc(sizeof *cpu->sie_child);
        if (!cpu->sie_child || sie_vcpu_init(cpu->sie_child, cpu->mem, NULL, NULL, cpu->cpu_addr)) {
            free(cpu->sie_child);
            cpu->sie_child = NULL;
            return PGM_ADDRESSING; /* host resources exhausted: nothing better to report */
        }
    }
    struct sie_vcpu *vc = cpu->sie_child;
    vc->host_wants = host_wants;
    vc->host_ctx = cpu;
    vc->host_seen = vc->cpu->insn_count;
    sie_enter(vc, abs, cpu, cpu->tod_epoch);
    host_wants(vc, cpu); /* account the last slice */
    cpu->check_stop = true; /* let the loop look at the limit and pending interruptions */
    if (vc->host_pgm) {
        /* a host translation exception for guest storage: nullifies SIE, guest state saved */
        cpu->teid = vc->host_teid;
        cpu->exc_access_id = 0;
        return vc->host_pgm;
    }
    return 0;
}

void sie_release(struct cpu *cpu)
{
    if (cpu->sie_child) {
        sie_vcpu_destroy(cpu->sie_child);
        free(cpu->sie_child);
        cpu->sie_child = NULL;
    }
}
