/* The NATS link: options, connection and naming (policy/nats_link.h). */
#include "nats_link.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const nats_option_names[] = {"--nats",     "--node",       "--nats-creds",   "--nats-nkey",
                                         "--nats-ca",  "--nats-cert",  "--nats-key",     "--nats-timeout",
                                         "--nats-retries", "--spool"};
const size_t nats_option_count = sizeof nats_option_names / sizeof nats_option_names[0];

void nats_options_usage(FILE *f)
{
    fprintf(f, "  --nats URL            the NATS server(s) of the distributed engine (nats://, tls://)\n"
               "  --node NAME           this process's node name on NATS (default local)\n"
               "  --nats-creds FILE     NATS user credentials (JWT and seed)\n"
               "  --nats-nkey PUB:SEED  an nkey user: its public key and the file holding its seed\n"
               "  --nats-ca FILE        TLS: the CA certificates to trust (implies TLS)\n"
               "  --nats-cert FILE      TLS: this client's certificate chain (with --nats-key)\n"
               "  --nats-key FILE       TLS: this client's private key\n"
               "  --nats-timeout MS     a remote request's deadline (default 500)\n"
               "  --nats-retries N      further tries of a request that timed out (default 2)\n"
               "  --spool DIR           remote logging: the local spool while NATS is away\n");
}

void nats_link_defaults(struct nats_link_opts *o)
{
    if (!o->node)
        o->node = "local";
    if (!o->timeout_ms)
        o->timeout_ms = NATS_DEFAULT_TIMEOUT_MS;
    if (o->retries == (unsigned)-1)
        o->retries = NATS_DEFAULT_RETRIES;
}

bool nats_node_valid(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > NATS_NODE_MAX)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
            return false;
    }
    return true;
}

static bool parse_small(const char *s, unsigned max, unsigned *out)
{
    if (!*s)
        return false;
    unsigned long v = 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9')
            return false;
        v = v * 10 + (unsigned long)(*s - '0');
        if (v > max)
            return false;
    }
    *out = (unsigned)v;
    return true;
}

int nats_option_set(struct nats_link_opts *o, const char *name, const char *val, char *err, size_t errlen)
{
    if (!strcmp(name, "--nats")) {
        if (!*val) {
            snprintf(err, errlen, "--nats needs a URL");
            return -1;
        }
        o->url = val;
    } else if (!strcmp(name, "--node")) {
        if (!nats_node_valid(val)) {
            snprintf(err, errlen, "invalid node name '%.40s' (1-%d of A-Z a-z 0-9 _ -)", val, NATS_NODE_MAX);
            return -1;
        }
        o->node = val;
    } else if (!strcmp(name, "--nats-creds")) {
        o->creds = val;
    } else if (!strcmp(name, "--nats-nkey")) {
        const char *colon = strchr(val, ':');
        if (!colon || colon == val || !colon[1]) {
            snprintf(err, errlen, "--nats-nkey wants PUBKEY:SEEDFILE, not '%.60s'", val);
            return -1;
        }
        o->nkey = val;
    } else if (!strcmp(name, "--nats-ca")) {
        o->ca = val;
    } else if (!strcmp(name, "--nats-cert")) {
        o->cert = val;
    } else if (!strcmp(name, "--nats-key")) {
        o->key = val;
    } else if (!strcmp(name, "--nats-timeout")) {
        if (!parse_small(val, 600000, &o->timeout_ms) || !o->timeout_ms) {
            snprintf(err, errlen, "invalid --nats-timeout '%.40s' (1-600000 ms)", val);
            return -1;
        }
    } else if (!strcmp(name, "--nats-retries")) {
        if (!parse_small(val, 20, &o->retries)) {
            snprintf(err, errlen, "invalid --nats-retries '%.40s' (0-20)", val);
            return -1;
        }
    } else if (!strcmp(name, "--spool")) {
        o->spool = val;
    } else {
        snprintf(err, errlen, "unknown NATS option '%.40s'", name);
        return -1;
    }
    return 0;
}

bool nats_subject_svc(char *buf, size_t len, const char *node, const char *type)
{
    int n = snprintf(buf, len, "zsie.svc.%s.%s", node, type);
    return n > 0 && (size_t)n < len;
}

unsigned nats_backoff_ms(unsigned n)
{
    return n >= 6 ? 1000u : 20u << n;
}

static pthread_once_t nats_once = PTHREAD_ONCE_INIT;
static natsStatus nats_open_status;
static void nats_open(void)
{
    nats_open_status = nats_Open(-1);
}

static int fail(natsStatus s, const char *what, char *err, size_t errlen)
{
    snprintf(err, errlen, "%s: %s", what, natsStatus_GetText(s));
    return -1;
}

int nats_link_connect(const struct nats_link_opts *o, const char *client_name, natsConnection **nc, char *err,
                      size_t errlen)
{
    *nc = NULL;
    pthread_once(&nats_once, nats_open);
    if (nats_open_status != NATS_OK)
        return fail(nats_open_status, "the NATS library", err, errlen);
    natsOptions *opts = NULL;
    natsStatus s = natsOptions_Create(&opts);
    if (s != NATS_OK)
        return fail(s, "NATS options", err, errlen);
    const char *what = "--nats";
    s = natsOptions_SetURL(opts, o->url);
    if (s == NATS_OK)
        s = natsOptions_SetName(opts, client_name);
    if (s == NATS_OK)
        s = natsOptions_SetTimeout(opts, 2000);
    if (s == NATS_OK)
        s = natsOptions_SetAllowReconnect(opts, true);
    if (s == NATS_OK)
        s = natsOptions_SetMaxReconnect(opts, -1);
    if (s == NATS_OK)
        s = natsOptions_SetReconnectWait(opts, 100);
    if (s == NATS_OK)
        s = natsOptions_SetRetryOnFailedConnect(opts, true, NULL, NULL);
    if (s == NATS_OK && o->creds) {
        what = "--nats-creds";
        s = natsOptions_SetUserCredentialsFromFiles(opts, o->creds, NULL);
    }
    if (s == NATS_OK && o->nkey) {
        what = "--nats-nkey";
        char pub[128];
        const char *colon = strchr(o->nkey, ':');
        size_t n = colon ? (size_t)(colon - o->nkey) : 0;
        if (!colon || n >= sizeof pub) {
            natsOptions_Destroy(opts);
            snprintf(err, errlen, "--nats-nkey wants PUBKEY:SEEDFILE");
            return -1;
        }
        memcpy(pub, o->nkey, n);
        pub[n] = 0;
        s = natsOptions_SetNKeyFromSeed(opts, pub, colon + 1);
    }
    if (s == NATS_OK && (o->ca || o->cert || !strncmp(o->url, "tls://", 6))) {
        what = "TLS";
        s = natsOptions_SetSecure(opts, true);
        if (s == NATS_OK && o->ca) {
            what = "--nats-ca";
            s = natsOptions_LoadCATrustedCertificates(opts, o->ca);
        }
        if (s == NATS_OK && (o->cert || o->key)) {
            what = "--nats-cert/--nats-key";
            if (!o->cert || !o->key) {
                natsOptions_Destroy(opts);
                snprintf(err, errlen, "--nats-cert and --nats-key go together");
                return -1;
            }
            s = natsOptions_LoadCertificatesChain(opts, o->cert, o->key);
        }
    }
    if (s != NATS_OK) {
        natsOptions_Destroy(opts);
        return fail(s, what, err, errlen);
    }
    s = natsConnection_Connect(nc, opts);
    natsOptions_Destroy(opts);
    /* NATS_NOT_YET_CONNECTED: the first connect failed and goes on in the background */
    if (s != NATS_OK && s != NATS_NOT_YET_CONNECTED) {
        *nc = NULL;
        return fail(s, o->url, err, errlen);
    }
    return 0;
}

void nats_link_close(natsConnection *nc)
{
    if (nc) {
        natsConnection_FlushTimeout(nc, 1000); /* what was published reaches the server */
        natsConnection_Close(nc);
        natsConnection_Destroy(nc);
    }
}
