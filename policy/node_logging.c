/* The logging node: the SMF stream into a data set (policy/service_node.h).  Not built yet. */
#include "service_node.h"

int node_logging_start(struct node_ctx *c, const char *spec, void **state, char *err, size_t errlen)
{
    (void)c, (void)spec;
    *state = NULL;
    snprintf(err, errlen, "serving logging is not available in this build");
    return -1;
}

void node_logging_stop(void *state)
{
    (void)state;
}
