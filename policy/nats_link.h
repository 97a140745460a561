/* The distributed engine's link: one NATS connection (libnats) per zsie process, made from the
 * command line's --nats options, shared by the remote services, the remote logging, the policy
 * store and the service node.  Without --nats none of this is used: one process is local.
 *
 * Names on NATS (one place, so every room agrees; docs/policy.md "Many compute nodes"):
 *   zsie.svc.NODE.TYPE     request/reply to the service node NODE for TYPE, queue group
 *                          zsie.svc.NODE.TYPE (several processes share one node's load)
 *   zsie.plugin.NODE       plug-in retrieval from node NODE (request: the plug-in's name)
 *   zsie.console.NODE.VM   remote console lines of VM on compute node NODE
 *   stream ZSIE_SMF        JetStream stream of SMF records, subjects zsie.smf.NODE (the
 *                          compute node that wrote them), Nats-Msg-Id per record
 *   bucket zsie_policy     JetStream key-value bucket of kernel policies, key NODE.TYPE
 * A node name is 1-32 of [A-Za-z0-9_-], so that it is one subject token. */
#ifndef ZSIE_NATS_LINK_H
#define ZSIE_NATS_LINK_H

#include <stdbool.h>
#include <stddef.h>

#include <nats/nats.h>

#define NATS_NODE_MAX 32
#define NATS_SMF_STREAM "ZSIE_SMF"
#define NATS_POLICY_BUCKET "zsie_policy"

struct nats_link_opts {
    const char *url;          /* --nats URL[,URL...]; NULL: no distributed engine */
    const char *node;         /* --node NAME: this process's node name (default "local") */
    const char *creds;        /* --nats-creds FILE: NATS user credentials (JWT + seed) */
    const char *nkey;         /* --nats-nkey PUBKEY:SEEDFILE: an nkey user */
    const char *ca;           /* --nats-ca FILE: TLS, trust these CAs (implies TLS) */
    const char *cert, *key;   /* --nats-cert FILE --nats-key FILE: TLS client certificate */
    unsigned timeout_ms;      /* --nats-timeout MS: one request's deadline (default 500) */
    unsigned retries;         /* --nats-retries N: further tries after a timeout (default 2) */
    const char *spool;        /* --spool DIR: remote logging's local spool (default: none) */
};
#define NATS_DEFAULT_TIMEOUT_MS 500u
#define NATS_DEFAULT_RETRIES 2u

/* The option names every command that talks to NATS takes ("--nats", "--node", ...). */
extern const char *const nats_option_names[];
extern const size_t nats_option_count;
/* Set option name (one of nats_option_names) to val.  0, or -1 with a one-line reason. */
int nats_option_set(struct nats_link_opts *o, const char *name, const char *val, char *err, size_t errlen);
/* The options' help lines, for the commands' --help. */
void nats_options_usage(FILE *f);
/* Fill in defaults (node "local", timeout, retries). */
void nats_link_defaults(struct nats_link_opts *o);

/* Is s a valid node name? */
bool nats_node_valid(const char *s);
/* A subject "zsie.svc.NODE.TYPE" into buf; false when it does not fit. */
bool nats_subject_svc(char *buf, size_t len, const char *node, const char *type);

/* Connect (the library opened once per process).  The connection retries in the background
 * while the server is away (reconnect forever, and a first connect that fails does not fail
 * here), so callers see timeouts, not errors, during an outage.  0, or -1 with the reason. */
int nats_link_connect(const struct nats_link_opts *o, const char *client_name, natsConnection **nc, char *err,
                      size_t errlen);
void nats_link_close(natsConnection *nc);

/* Backoff before retry n (0, 1, ...): 20 ms doubled each time, at most 1 s. */
unsigned nats_backoff_ms(unsigned n);

#endif
