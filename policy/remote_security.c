/* The remote security client (policy/remote.h).  Not built yet: the entry falls back. */
#include "remote.h"

int remote_security_open(struct remote_link *l, const char *spec, const char *node, const struct svc_common **ops,
        void **state, char *err, size_t errlen)
{
    (void)l, (void)spec, (void)ops, (void)state;
    snprintf(err, errlen, "remote security of node %s is not available in this build", node);
    return -1;
}
