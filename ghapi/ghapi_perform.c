/* A decoded GHAPI request performed for a virtual machine: the identity rule, then the
 * service (docs/ghapi.md, "Identity"). */
#include <string.h>
#include <strings.h>

#include "ghapi_host.h"
#include "storage.h"

int ghapi_perform(struct ghapi_services *s, const struct ghapi_caller *who, const struct ghapi_request *req,
                  uint8_t *data_out, uint32_t *reason)
{
    *reason = 0;
    switch (req->function) {
    case GHAPI_FN_QUERY: {
        bool log = s->log && (!s->log_available || s->log_available(s->ctx, who));
        uint32_t fns = 1u << GHAPI_FN_QUERY | (s->auth ? 1u << GHAPI_FN_AUTH : 0) | (log ? 1u << GHAPI_FN_LOG : 0);
        memset(data_out, 0, GHQ_LEN);
        st_be32(data_out + GHQ_VERSIONS, GHAPI_VERSIONS_SERVED);
        st_be32(data_out + GHQ_FUNCTIONS, fns);
        st_be32(data_out + GHQ_MAX_LENGTH, GHAPI_MAX_LENGTH);
        return GHAPI_RC_OK;
    }
    case GHAPI_FN_AUTH: {
        if (!s->auth)
            return GHAPI_RC_NOT_AVAILABLE;
        struct ghapi_auth_result r = {0};
        const char *user = req->userid[0] ? req->userid : who->userid;
        if (strcasecmp(user, who->userid)) {
            /* speaking for another user id needs READ to SURROGAT USERID.GHAPI */
            char profile[32];
            snprintf(profile, sizeof profile, "%s.GHAPI", user);
            struct ghapi_auth_result sr = {0};
            if (s->auth(s->ctx, who, who->userid, "SURROGAT", profile, GHAPI_READ, &sr))
                return GHAPI_RC_HOST_ERROR;
            if (sr.saf_rc != 0 || sr.racf_reason == 4) /* allowed only by WARNING is no surrogate */
                return GHAPI_RC_NOT_AUTHORIZED;
        }
        if (s->auth(s->ctx, who, user, req->class_name, req->resource, req->access, &r))
            return GHAPI_RC_HOST_ERROR;
        st_be32(data_out, r.saf_rc);
        st_be32(data_out + 4, r.racf_rc);
        st_be32(data_out + 8, r.racf_reason);
        return GHAPI_RC_OK;
    }
    case GHAPI_FN_LOG:
        if (!s->log)
            return GHAPI_RC_NOT_AVAILABLE;
        switch (s->log(s->ctx, who, req)) {
        case 0: return GHAPI_RC_OK;
        case GHAPI_LOG_NOT_AVAILABLE: return GHAPI_RC_NOT_AVAILABLE; /* the policy's logging is none */
        default: return GHAPI_RC_HOST_ERROR;
        }
    default:
        return GHAPI_RC_FUNCTION;
    }
}

