/* The operator's stdout behind an output queue (machine/outq.h): guest console output never
 * blocks a CPU, a stalled reader costs a bounded amount of memory, and the loss is reported. */
#include <inttypes.h>
#include <stdio.h>
#include <unistd.h>

#include "cli.h"
#include "outq.h"

FILE *cli_out_open(struct outq **q)
{
    fflush(stdout);
    *q = outq_open(STDOUT_FILENO, OUTQ_DEFAULT_LIMIT);
    return *q ? outq_file(*q) : stdout; /* no thread: write directly, as before */
}

void cli_out_close(struct outq *q, const char *who)
{
    if (!q) {
        fflush(stdout);
        return;
    }
    struct outq_stats st;
    outq_close(q, OUTQ_DRAIN_SECONDS, &st);
    if (st.dropped)
        fprintf(stderr, "zsie: E300 %s: %" PRIu64 " bytes of console output dropped (%" PRIu64
                " writes): stdout did not drain\n", who, st.dropped, st.dropped_writes);
}
