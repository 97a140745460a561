/* Tracing for people watching a run: each instruction disassembled from the master table with
 * the general registers it changed, and interruptions with their old and new PSWs.  Each line
 * is built in a buffer and written with one call, so the lines of several CPUs tracing to the
 * same stream never interleave within a line.
 *
 *   CPU00 0000000000012F1E E3F0FF60FF71 LAY     15,-160(0,15)        R15=0000000000115E20 CC=2
 *   CPU00 *** program interruption code 0001 old PSW <mask> <addr> new PSW <mask> <addr> */
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
    char line[512], dis[128];
    insn_disasm(in, addr, dis, sizeof dis);
    int n = snprintf(line, sizeof line, "CPU%02X %016" PRIX64 " %0*" PRIX64 "%*s %-32s", cpu->cpu_addr, addr,
                     in->len * 2, in->raw >> (64 - 8 * in->len), (6 - in->len) * 2, "", dis);
    for (int r = 0; r < 16 && n > 0 && (size_t)n < sizeof line; r++)
        if (cpu->gr[r] != gr_before[r])
            n += snprintf(line + n, sizeof line - (size_t)n, " R%d=%016" PRIX64, r, cpu->gr[r]);
    if (n > 0 && (size_t)n < sizeof line)
        snprintf(line + n, sizeof line - (size_t)n, " CC=%u\n", cpu->cc);
    fputs(line, trace_out(cpu));
}

void trace_interrupt(struct cpu *cpu, const char *kind, unsigned code, uint64_t old_mask, uint64_t old_ia)
{
    char line[256];
    snprintf(line, sizeof line,
             "CPU%02X *** %s interruption code %04X old PSW %016" PRIX64 " %016" PRIX64 " new PSW %016" PRIX64
             " %016" PRIX64 "\n",
             cpu->cpu_addr, kind, code, old_mask, old_ia, psw_mask(cpu), cpu->psw.ia);
    fputs(line, trace_out(cpu));
}
