/* The timing facility (PoP chapter 4, "Timing"): TOD clock with epoch, clock comparator and
 * CPU timer.  TOD units: bit 51 = 1 microsecond, so one microsecond is 4096 units. */
#ifndef ZSIE_TIMER_H
#define ZSIE_TIMER_H

#include "cpu.h"

/* The host's TOD clock (microseconds since 1900-01-01 << 12), strictly increasing. */
uint64_t tod_host(void);
/* This CPU's TOD clock: host TOD plus the CPU's epoch. */
uint64_t tod_cpu(const struct cpu *cpu);
/* Current CPU-timer value. */
int64_t cpu_timer_get(const struct cpu *cpu);
void cpu_timer_set(struct cpu *cpu, int64_t value);
/* Mark clock-comparator / CPU-timer interruptions pending when their conditions hold. */
void timer_poll(struct cpu *cpu);
/* Host nanoseconds until the next timer condition (for an enabled wait), or -1 for none. */
int64_t timer_next_ns(const struct cpu *cpu);

#endif
