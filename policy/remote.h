/* The remote slot of the kernel proxy: services of another node, over the NATS link.  The
 * proxy (policy/proxy.c) calls remote_open for a policy entry with @NODE; it chooses the client
 * of the entry's type, each in its own file, which fills in an operations table of the type's
 * API, so the CP calls a remote service as it calls a local one.  A client that cannot serve
 * (the node does not answer, the type is not served remotely) returns -1 and the proxy falls
 * back to the type's default (fail closed for security).
 *
 *   spec fetch:...   policy/plugin_fetch.c  the implementation retrieved from NODE, verified
 *                                            by its pinned SHA-256 digest, run locally
 *   security         policy/remote_security.c request/reply zsie.svc.NODE.security
 *   console          policy/remote_console.c  lines to zsie.console.NODE.VM
 *   logging          policy/remote_logging.c  SMF records to the JetStream stream ZSIE_SMF
 *                                            (with the local spool); NODE consumes them */
#ifndef ZSIE_REMOTE_H
#define ZSIE_REMOTE_H

#include <stdio.h>

#include "decl.h"
#include "nats_link.h"
#include "service.h"

struct remote_link {
    natsConnection *nc;             /* connected (or reconnecting) */
    struct nats_link_opts opts;     /* this process's --nats options; opts.node its name */
    struct svc_env env;             /* the compute node's settings (--racf, --smf, ...) */
    const struct decl_set *decls;   /* declared service types, or NULL */
    FILE *msgs;                     /* event lines (NULL: stderr) */
};

/* A proxy_remote_fn (policy/proxy.h) with ctx a struct remote_link. */
int remote_open(void *ctx, enum svc_type t, const char *spec, const char *node, const struct svc_common **ops,
                void **state, char *err, size_t errlen);

/* The clients, same contract as remote_open. */
int remote_security_open(struct remote_link *l, const char *spec, const char *node, const struct svc_common **ops,
                         void **state, char *err, size_t errlen);
int remote_console_open(struct remote_link *l, const char *spec, const char *node, const struct svc_common **ops,
                        void **state, char *err, size_t errlen);
int remote_logging_open(struct remote_link *l, const char *spec, const char *node, const struct svc_common **ops,
                        void **state, char *err, size_t errlen);
int plugin_fetch_open(struct remote_link *l, enum svc_type t, const char *spec, const char *node,
                      const struct svc_common **ops, void **state, char *err, size_t errlen);

#endif
