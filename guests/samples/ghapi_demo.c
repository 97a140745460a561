/* The GHAPI demonstration guest: it asks the host's security manager about a resource it may
 * read and one it may not, and logs an application event in the host's SMF data set.  On a
 * host without GHAPI (zsie machine, Hercules) it says so and ends normally. */
#include <stdint.h>
#include <stdio.h>

#include "ghapi.h"

static uint64_t tod(void)
{
    uint64_t t;
    __asm__ volatile("stck %0" : "=Q"(t) : : "cc");
    return t;
}

static const char *verdict(const struct ghapi_auth_result *r)
{
    return r->saf_rc == 0 ? (r->racf_reason == 4 ? "allowed (WARNING)" : "allowed")
                          : r->saf_rc == 4 ? "no decision" : "denied";
}

static int ask(const char *resource)
{
    struct ghapi_auth_result r;
    int rc = ghapi_auth(NULL, "FACILITY", resource, GHAPI_READ, &r);
    if (rc != GHAPI_OK) {
        printf("ghapi_auth FACILITY %s: error %d\n", resource, rc);
        return 1;
    }
    printf("ghapi_auth FACILITY %-20s READ: SAF %u RACF %u reason %u: %s\n", resource, (unsigned)r.saf_rc,
           (unsigned)r.racf_rc, (unsigned)r.racf_reason, verdict(&r));
    return 0;
}

int main(void)
{
    if (!ghapi_available()) {
        printf("GHAPI is not served here: the application runs without host services.\n");
        return 0;
    }
    printf("GHAPI is served by this host.\n");
    uint64_t start = tod();
    int bad = ask("APP.PAYROLL.REPORT") | ask("APP.HR.SALARIES");
    static const char event[] = "payroll report viewed";
    int rc = ghapi_log("PAYROLL", "1.0", start, tod(), event, sizeof event - 1);
    if (rc == GHAPI_OK)
        printf("ghapi_log PAYROLL 1.0: the event is in the host's SMF data set\n");
    else
        printf("ghapi_log PAYROLL 1.0: error %d%s\n", rc, rc == GHAPI_ENOTAVAIL ? " (logging not available)" : "");
    return bad;
}
