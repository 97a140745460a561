/* X'044' time-slice end and X'09C' directed yield: the virtual CPU gives up the rest of its
 * time slice (for X'09C' in favour of the CPU whose address is in Rx).  Condition code and
 * registers are unchanged.  Each virtual CPU has a host thread of its own, so yielding the
 * host CPU is what can be done. */
#include <sched.h>
#include <stdio.h>

#include "diag.h"

int diag_044(struct diag_call *dc)
{
    (void)dc;
    sched_yield();
    return DIAG_DONE;
}

int diag_09c(struct diag_call *dc)
{
    snprintf(dc->note, sizeof dc->note, "yield to CPU %u", (unsigned)(uint16_t)dc->cpu->gr[dc->rx]);
    sched_yield();
    return DIAG_DONE;
}
