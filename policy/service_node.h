/* A service node (`zsie service-node --nats URL --name NODE --serve TYPE=ID ...`): serves the
 * services it is given to the kernel proxies of many compute nodes over NATS (policy/nats_link.h
 * names the subjects).  service_node.c runs it; each served kind is started through a hook,
 * each in its own file. */
#ifndef ZSIE_SERVICE_NODE_H
#define ZSIE_SERVICE_NODE_H

#include <signal.h>
#include <stddef.h>
#include <stdio.h>

#include "nats_link.h"
#include "proxy.h"
#include "service.h"

struct node_ctx {
    natsConnection *nc;
    const struct nats_link_opts *opts;  /* opts->node: this node's name */
    struct proxy *proxy;                /* a local proxy whose node policy is the --serve list */
    const struct svc_env *env;
    FILE *msgs;                         /* event lines (NULL: stderr) */
    volatile sig_atomic_t *stop;        /* set by SIGTERM/SIGINT */
};

/* Logging (policy/node_logging.c): consume the JetStream stream ZSIE_SMF into the node's logging
 * service spec (e.g. smf:DATASET), each record once.  0 with *state, or -1 with the reason. */
int node_logging_start(struct node_ctx *c, const char *spec, void **state, char *err, size_t errlen);
void node_logging_stop(void *state);

/* Plug-in offer (policy/plugin_offer.c): answer zsie.plugin.NODE with the shared objects of
 * dir (--offer DIR).  0 with *state, or -1 with the reason. */
int node_plugins_start(struct node_ctx *c, const char *dir, void **state, char *err, size_t errlen);
void node_plugins_stop(void *state);

#endif
