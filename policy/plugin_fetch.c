/* A service implementation retrieved from a node (policy/remote.h).  Not built yet. */
#include "remote.h"

int plugin_fetch_open(struct remote_link *l, enum svc_type t, const char *spec, const char *node,
                      const struct svc_common **ops, void **state, char *err, size_t errlen)
{
    (void)l, (void)t, (void)spec, (void)ops, (void)state;
    snprintf(err, errlen, "plug-in retrieval from node %s is not available in this build", node);
    return -1;
}
