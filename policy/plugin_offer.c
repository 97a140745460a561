/* Plug-ins offered by a service node (policy/service_node.h).  Not built yet. */
#include "service_node.h"

int node_plugins_start(struct node_ctx *c, const char *dir, void **state, char *err, size_t errlen)
{
    (void)c, (void)dir;
    *state = NULL;
    snprintf(err, errlen, "offering plug-ins is not available in this build");
    return -1;
}

void node_plugins_stop(void *state)
{
    (void)state;
}
