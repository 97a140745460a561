/* zsie guest runtime: what a guest program can use beyond the small C library subset. */
#ifndef ZRT_H
#define ZRT_H

#include <stdint.h>

/* Console (SCLP). Output is line buffered; exit() flushes. */
void rt_console_putc(char c);
void rt_console_flush(void);

/* Enabled wait for one external interruption; returns its interruption code. */
unsigned rt_wait_ext(void);

/* Disabled wait with this PSW instruction address: 0 = success (see lowcore.h for the rest). */
__attribute__((noreturn)) void rt_halt(unsigned long address);

/* The kernel command line a loader left at 0x10480 ("" when none). */
const char *rt_cmdline(void);

/* TOD clock (STCK): bit 51 ticks once a microsecond. */
static inline uint64_t rt_tod(void)
{
    uint64_t t;
    __asm__ volatile("stck %0" : "=Q"(t) : : "cc");
    return t;
}

static inline uint64_t rt_tod_to_us(uint64_t tod)
{
    return tod >> 12;
}

#endif
