/* GHAPI, the host side: the GHAPIPL validated and decoded (ghapi_decode.c) and the request
 * performed through the host services (ghapi_perform.c).  The DIAGNOSE X'0100' that carries it
 * is diag/diag_ghapi.c; the layout is declared once, in ghapi/guest/ghapi.h; the contract is
 * docs/ghapi.md.  ghapi/ asks for services through struct ghapi_services, which the control
 * program fills in: it knows nothing of the rooms before it (cp/, diag/). */
#ifndef ZSIE_GHAPI_HOST_H
#define ZSIE_GHAPI_HOST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <stdio.h>

#include "ghapi/guest/ghapi.h"

/* A decoded request: text fields in ASCII, trailing blanks removed. */
struct ghapi_request {
    unsigned version, function;
    uint32_t length;              /* GhLength */
    /* GHAPI_FN_AUTH */
    char userid[9];               /* "" : the virtual machine's own */
    char class_name[9];
    char resource[GHAPI_MAX_RESOURCE + 1];
    unsigned access;              /* GHAPI_READ ... GHAPI_ALTER */
    /* GHAPI_FN_LOG */
    char application[9], appl_version[9];
    uint64_t start_tod, stop_tod;
    const uint8_t *event;         /* into the caller's copy of the GHAPIPL */
    uint32_t event_len;
};

/* Validate and decode the GHAPIPL in pl (len bytes available: at least GH_HEADER_LEN for the
 * header; the whole GhLength for the rest).  Returns GHAPI_RC_OK or the return code, with
 * *reason as docs/ghapi.md says (the offset of the bad field, or the versions served). */
int ghapi_decode_header(const uint8_t *pl, size_t len, struct ghapi_request *req, uint32_t *reason);
int ghapi_decode(const uint8_t *pl, size_t len, struct ghapi_request *req, uint32_t *reason);

/* Who asks: the virtual machine. */
struct ghapi_caller {
    const char *userid;           /* its directory user id */
    unsigned cpu_addr;
};

#define GHAPI_LOG_NOT_AVAILABLE (-2)

/* The host services behind GHAPI.  NULL log: logging not available (GHAPI_RC_NOT_AVAILABLE). */
struct ghapi_services {
    /* An authorization decision (auditing as the security manager's rules say).  0, or -1 when
     * the facility failed (GHAPI_RC_HOST_ERROR). */
    int (*auth)(void *ctx, const struct ghapi_caller *who, const char *userid, const char *class_name,
                const char *resource, unsigned access, struct ghapi_auth_result *res);
    /* An application event, durable when it returns 0; -1: nothing was logged;
     * GHAPI_LOG_NOT_AVAILABLE: no logging service serves this caller. */
    int (*log)(void *ctx, const struct ghapi_caller *who, const struct ghapi_request *req);
    /* May be NULL (log available whenever log is set): whether a logging service serves who
     * now (the kernel proxy's policy may change it), for the query's function bits. */
    bool (*log_available)(void *ctx, const struct ghapi_caller *who);
    /* A request refused (a malformed GHAPIPL, an unknown version or function, a refused
     * impersonation): audited; NULL: not audited. */
    void (*rejected)(void *ctx, const struct ghapi_caller *who, unsigned function, int rc, uint32_t reason);
    void *ctx;
    /* --trace=ghapi */
    bool trace;
    FILE *trace_out;
    _Atomic uint64_t calls[4];   /* by function: [0] rejected, [1] query, [2] auth, [3] log */
};

/* Perform a decoded request for who: the identity rule (another user id needs READ to the
 * SURROGAT profile USERID.GHAPI), then the service.  Fills the auth result / query data in
 * out (the GhData to write back, out_len bytes) and returns the return code. */
int ghapi_perform(struct ghapi_services *s, const struct ghapi_caller *who, const struct ghapi_request *req,
                  uint8_t *data_out, uint32_t *reason);

#endif
