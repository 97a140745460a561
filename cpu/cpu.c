/* CPU life cycle: creation and the resets of PoP chapter 4, "CPU Reset" and "Initial CPU
 * Reset". */
#include "cpu.h"

#include <stdlib.h>
#include <string.h>

#include "access.h"
#include "storage.h"
#include "timer.h"
#include "sie.h"

void dcache_free(struct cpu *cpu);

int cpu_init(struct cpu *cpu, struct storage *mem, uint16_t cpu_addr)
{
    memset(cpu, 0, sizeof *cpu);
    cpu->mem = mem;
    cpu->cpu_addr = cpu_addr;
    cpu->dcache_frames = mem->size / PAGE_SIZE; /* the decode cache is made on first use */
    cpu_reset_initial(cpu);
    return 0;
}

void cpu_destroy(struct cpu *cpu)
{
    sie_release(cpu);
    dcache_free(cpu);
}

void cpu_reset_normal(struct cpu *cpu)
{
    /* CPU reset: pending interruptions cleared, the CPU stopped; registers kept */
    atomic_store(&cpu->pending, 0);
    cpu->stopped = true;
    cpu->psw_invalid = false;
    tlb_flush(cpu);
}

void cpu_reset_initial(struct cpu *cpu)
{
    cpu_reset_normal(cpu);
    cpu->psw.mask = 0;
    psw_amode_changed(cpu);
    cpu->psw.ia = 0;
    cpu->cc = 0;
    cpu->prefix = 0;
    memset(cpu->cr, 0, sizeof cpu->cr);
    /* PoP figure "Initial Values": CR0 bits 56-58 (external-interruption masks), CR14 bits
     * 32, 33 and 38 (machine-check masks); everything else zero */
    cpu->cr[0] = 0xE0;
    cpu->cr[14] = 0xC2000000;
    cpu->fpc = 0;
    cpu->clock_comparator = 0;
    cpu_timer_set(cpu, 0);
    cpu->todpr = 0;
    /* the TOD clock (tod_epoch) belongs to the configuration: no CPU reset touches it */
}
