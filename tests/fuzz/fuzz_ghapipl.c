/* libFuzzer: the GHAPIPL decoder and the request it yields, performed on stub services.  Any
 * bytes a guest may place must give a return code, never a crash or a read past the bytes. */
#include <stdlib.h>
#include <string.h>

#include "ghapi/ghapi_host.h"

static int stub_auth(void *ctx, const struct ghapi_caller *who, const char *userid, const char *class_name,
                     const char *resource, unsigned access, struct ghapi_auth_result *res)
{
    (void)ctx, (void)who, (void)access;
    res->saf_rc = (strlen(userid) + strlen(class_name) + strlen(resource)) % 3 * 4;
    return 0;
}

static volatile uint8_t sink;

static int stub_log(void *ctx, const struct ghapi_caller *who, const struct ghapi_request *req)
{
    (void)ctx, (void)who;
    for (uint32_t i = 0; i < req->event_len; i++)
        sink ^= req->event[i]; /* every byte it claims must be readable */
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* an exact-size copy, so ASan sees any read past what the guest gave */
    uint8_t *pl = malloc(size ? size : 1);
    if (!pl)
        return 0;
    memcpy(pl, data, size);
    struct ghapi_request req;
    uint32_t reason;
    if (ghapi_decode(pl, size, &req, &reason) == GHAPI_RC_OK) {
        struct ghapi_services s = {.auth = stub_auth, .log = stub_log};
        struct ghapi_caller who = {.userid = "FUZZVM"};
        uint8_t out[GHQ_LEN];
        ghapi_perform(&s, &who, &req, out, &reason);
    }
    free(pl);
    return 0;
}
