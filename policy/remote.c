/* The remote slot: which client serves a policy entry with @NODE (policy/remote.h). */
#include "remote.h"

#include <stdio.h>
#include <string.h>

int remote_open(void *ctx, enum svc_type t, const char *spec, const char *node, const struct svc_common **ops,
                void **state, char *err, size_t errlen)
{
    struct remote_link *l = ctx;
    if (!l || !l->nc) {
        snprintf(err, errlen, "no distributed engine (zsie was started without --nats)");
        return -1;
    }
    if (!nats_node_valid(node)) {
        snprintf(err, errlen, "invalid node name '%.40s'", node);
        return -1;
    }
    if (!strncmp(spec, "fetch:", 6))
        return plugin_fetch_open(l, t, spec, node, ops, state, err, errlen);
    switch (t) {
    case SVC_SECURITY:
        return remote_security_open(l, spec, node, ops, state, err, errlen);
    case SVC_CONSOLE:
        return remote_console_open(l, spec, node, ops, state, err, errlen);
    case SVC_LOGGING:
        return remote_logging_open(l, spec, node, ops, state, err, errlen);
    default:
        snprintf(err, errlen, "the %s service type is not served by remote nodes", svc_type_name(t));
        return -1;
    }
}
