/* For the reload test (tests/ghapi/cases.sh reload): ask for READ to FACILITY APP.FLIP until
 * the answer changes from denied to allowed, which a SIGHUP to zsie with a changed database
 * brings about; print each change. */
#include <stdio.h>

#include "ghapi.h"

int main(void)
{
    struct ghapi_auth_result r;
    unsigned last = 99;
    for (unsigned long i = 0;; i++) {
        if (ghapi_auth(NULL, "FACILITY", "APP.FLIP", GHAPI_READ, &r) != GHAPI_OK) {
            printf("error\n");
            return 1;
        }
        if (r.saf_rc != last) {
            printf("SAF %u after %lu requests\n", (unsigned)r.saf_rc, i);
            last = r.saf_rc;
        }
        if (r.saf_rc == 0)
            return 0;
    }
}
