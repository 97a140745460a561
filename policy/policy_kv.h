/* Kernel policies in the JetStream key-value bucket zsie_policy (policy/nats_link.h), one key
 * per node and type (NODE.TYPE, the value a policy entry's SPEC[@NODE]).  A running zsie
 * watches its own node's keys and applies each change to its proxy from the next service
 * access, audited like the administration module's changes. */
#ifndef ZSIE_POLICY_KV_H
#define ZSIE_POLICY_KV_H

#include <stddef.h>
#include <stdio.h>

#include "nats_link.h"
#include "proxy.h"

struct policy_kv;

/* Watch node's keys, applying the bucket's entries now and each later change to p.  0, or -1
 * with the reason. */
int policy_kv_watch(struct policy_kv **w, natsConnection *nc, const char *node, struct proxy *p, FILE *msgs,
                    char *err, size_t errlen);
void policy_kv_stop(struct policy_kv *w);

#endif
