/* GHAPI round trips from a guest: N authorization requests, then N durable log requests,
 * each timed with the guest's TOD clock; prints requests per second of each.  A benchmark
 * (bench/ghapi.sh), not a test.  The count comes in the command line (--append N). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "ghapi.h"

static uint64_t tod(void)
{
    uint64_t t;
    __asm__ volatile("stck %0" : "=Q"(t) : : "cc");
    return t;
}

static const char *cmdline(void)
{
    return (const char *)0x10480; /* where zsie puts --append (Linux's COMMAND_LINE) */
}

static void report(const char *what, unsigned n, uint64_t t0, uint64_t t1)
{
    uint64_t us = (t1 - t0) >> 12; /* TOD bit 51 is one microsecond */
    printf("%-28s %6u requests in %8lu us: %8lu per second\n", what, n, (unsigned long)us,
           us ? (unsigned long)((uint64_t)n * 1000000u / us) : 0ul);
}

int main(void)
{
    unsigned n = (unsigned)strtoul(cmdline(), NULL, 10);
    if (!n)
        n = 10000;
    if (!ghapi_available()) {
        printf("GHAPI not served\n");
        return 1;
    }
    struct ghapi_auth_result r;
    uint64_t t0 = tod();
    for (unsigned i = 0; i < n; i++)
        if (ghapi_auth(NULL, "FACILITY", "APP.PAYROLL.REPORT", GHAPI_READ, &r) != GHAPI_OK || r.saf_rc) {
            printf("auth failed\n");
            return 1;
        }
    uint64_t t1 = tod();
    report("authorization (allowed)", n, t0, t1);
    static const char ev[64] = "benchmark event";
    unsigned nl = n / 10 ? n / 10 : 1;
    t0 = tod();
    for (unsigned i = 0; i < nl; i++)
        if (ghapi_log("BENCH", "1", t0, t0, ev, sizeof ev) != GHAPI_OK) {
            printf("log failed\n");
            return 1;
        }
    t1 = tod();
    report("durable log (64-byte event)", nl, t0, t1);
    return 0;
}
