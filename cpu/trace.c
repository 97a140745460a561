/* Tracing for people watching a run: each instruction disassembled from the master table with
 * the general registers it changed, and interruptions with their old PSW. */
#include <inttypes.h>
#include <stdio.h>

#include "exec.h"
#include "insn.h"

static FILE *trace_out(const struct cpu *cpu)
{
    return cpu->trace_ctx ? (FILE *)cpu->trace_ctx : stderr;
}

void trace_insn(struct cpu *cpu, const struct insn *in, uint64_t addr, const uint64_t *gr_before)
{
    FILE *f = trace_out(cpu);
    char dis[128];
    insn_disasm(in, addr, dis, sizeof dis);
    fprintf(f, "CPU%02X %016" PRIX64 " %0*" PRIX64 "%*s %-32s", cpu->cpu_addr, addr, in->len * 2,
            in->raw >> (64 - 8 * in->len), (6 - in->len) * 2, "", dis);
    for (int r = 0; r < 16; r++)
        if (cpu->gr[r] != gr_before[r])
            fprintf(f, " R%d=%016" PRIX64, r, cpu->gr[r]);
    fprintf(f, " CC=%u\n", cpu->cc);
}

void trace_interrupt(struct cpu *cpu, const char *kind, unsigned code, uint64_t old_mask, uint64_t old_ia)
{
    fprintf(trace_out(cpu), "CPU%02X *** %s interruption code %04X old PSW %016" PRIX64 " %016" PRIX64
            " new PSW %016" PRIX64 " %016" PRIX64 "\n",
            cpu->cpu_addr, kind, code, old_mask, old_ia, psw_mask(cpu), cpu->psw.ia);
}
