/* The execution loop: fetch through the decode cache, dispatch, present interruptions. */
#ifndef ZSIE_EXEC_H
#define ZSIE_EXEC_H

#include "cpu.h"

#define TRACE_INSNS 0x1
#define TRACE_INTERRUPTS 0x2
#define TRACE_DIAG 0x4 /* diag/: one line per DIAGNOSE */
#define TRACE_GHAPI 0x8 /* GHAPI requests decoded, with their decisions and records */

/* Run the CPU until it waits, stops, is intercepted or reaches its instruction limit.
 * Returns an EXEC_* outcome (program interruptions are presented inside, never returned). */
int cpu_run(struct cpu *cpu);

/* Execute one instruction whose text is given (EXECUTE's target): decode without the cache
 * and dispatch.  Returns the handler's outcome. */
int cpu_exec_text(struct cpu *cpu, const uint8_t *text, struct insn *scratch);

/* The decode cache: size it for a storage of frames pages (keeps what it has), free it. */
int dcache_resize(struct cpu *cpu, uint64_t frames);
void dcache_free(struct cpu *cpu);

/* Trace hooks (trace.c). */
struct insn;
void trace_insn(struct cpu *cpu, const struct insn *in, uint64_t addr, const uint64_t *gr_before);
void trace_interrupt(struct cpu *cpu, const char *kind, unsigned code, uint64_t old_mask, uint64_t old_ia);

#endif
