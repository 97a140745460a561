/* The GHAPIPL validated and decoded: everything the guest controls is checked here, before
 * any service sees it (docs/ghapi.md, "Validation").  Pure: bytes in, a request or a return
 * code out, so the fuzzer drives it directly. */
#include <string.h>

#include "ebcdic.h"
#include "ghapi_host.h"
#include "storage.h"

/* An 8-byte EBCDIC eye catcher equal to the ASCII text blank padded. */
static bool eye(const uint8_t *p, const char *ascii)
{
    for (unsigned i = 0; i < 8; i++) {
        uint8_t want = latin1_to_cp037((uint8_t)(*ascii ? *ascii++ : ' '));
        if (p[i] != want)
            return false;
    }
    return true;
}

static int bad(uint32_t *reason, int rc, unsigned offset)
{
    *reason = offset;
    return rc;
}

/* A name field: EBCDIC, width bytes, printable, no blank inside, blank padded.  Writes the
 * ASCII text (upper-cased) to out; returns its length, or -1 if malformed. */
static int name(const uint8_t *p, unsigned width, char *out)
{
    unsigned n = width;
    while (n && p[n - 1] == 0x40)
        n--;
    for (unsigned i = 0; i < n; i++) {
        uint8_t a = cp037_to_latin1(p[i]);
        if (a <= ' ' || a >= 0x7F)
            return -1;
        out[i] = (char)(a >= 'a' && a <= 'z' ? a - 'a' + 'A' : a);
    }
    out[n] = 0;
    return (int)n;
}

int ghapi_decode_header(const uint8_t *pl, size_t len, struct ghapi_request *req, uint32_t *reason)
{
    memset(req, 0, sizeof *req);
    *reason = 0;
    if (len < GH_HEADER_LEN)
        return bad(reason, GHAPI_RC_LENGTH, GH_LENGTH);
    if (!eye(pl + GH_EYECATCHER, "GHAPIPL"))
        return bad(reason, GHAPI_RC_MALFORMED, GH_EYECATCHER);
    req->function = ld_be32(pl + GH_FUNCTION); /* as given, for the audit of a refusal */
    req->version = ld_be16(pl + GH_VERSION);
    if (req->version < 1 || req->version > 32 || !(GHAPI_VERSIONS_SERVED & (1u << (req->version - 1))))
        return bad(reason, GHAPI_RC_VERSION, GHAPI_VERSIONS_SERVED);
    if (ld_be16(pl + GH_FLAGS))
        return bad(reason, GHAPI_RC_MALFORMED, GH_FLAGS);
    req->length = ld_be32(pl + GH_LENGTH);
    uint32_t datalen = ld_be32(pl + GH_DATALEN);
    if (req->length < GH_HEADER_LEN || req->length > GHAPI_MAX_LENGTH)
        return bad(reason, GHAPI_RC_LENGTH, GH_LENGTH);
    if (datalen != req->length - GH_HEADER_LEN)
        return bad(reason, GHAPI_RC_LENGTH, GH_DATALEN);
    if (req->function < GHAPI_FN_QUERY || req->function > GHAPI_FN_LOG)
        return bad(reason, GHAPI_RC_FUNCTION, GH_FUNCTION);
    return GHAPI_RC_OK;
}

static int decode_auth(const uint8_t *d, uint32_t dlen, struct ghapi_request *req, uint32_t *reason)
{
    if (dlen < GHA_FIXED_LEN)
        return bad(reason, GHAPI_RC_LENGTH, GH_DATALEN);
    if (!eye(d + GHA_EYECATCHER, "GHAUTH"))
        return bad(reason, GHAPI_RC_MALFORMED, GH_DATA + GHA_EYECATCHER);
    req->access = d[GHA_ACCESS];
    if (req->access != GHAPI_READ && req->access != GHAPI_UPDATE && req->access != GHAPI_CONTROL &&
        req->access != GHAPI_ALTER)
        return bad(reason, GHAPI_RC_MALFORMED, GH_DATA + GHA_ACCESS);
    if (d[GHA_FLAGS] || ld_be16(d + GHA_RESERVED))
        return bad(reason, GHAPI_RC_MALFORMED, GH_DATA + (d[GHA_FLAGS] ? GHA_FLAGS : GHA_RESERVED));
    unsigned ulen = ld_be16(d + GHA_USERID_LEN);
    if (ulen > 8)
        return bad(reason, GHAPI_RC_LENGTH, GH_DATA + GHA_USERID_LEN);
    int n = name(d + GHA_USERID, 8, req->userid);
    if (n < 0 || (unsigned)n != ulen)
        return bad(reason, ulen && n >= 0 ? GHAPI_RC_LENGTH : GHAPI_RC_MALFORMED,
                   GH_DATA + (n >= 0 ? GHA_USERID_LEN : GHA_USERID));
    n = name(d + GHA_CLASS, 8, req->class_name);
    if (n <= 0)
        return bad(reason, GHAPI_RC_MALFORMED, GH_DATA + GHA_CLASS);
    unsigned rlen = ld_be16(d + GHA_RESOURCE_LEN);
    if (rlen == 0 || rlen > GHAPI_MAX_RESOURCE || GHA_FIXED_LEN + rlen != dlen)
        return bad(reason, GHAPI_RC_LENGTH, GH_DATA + GHA_RESOURCE_LEN);
    for (unsigned i = 0; i < rlen; i++) {
        uint8_t a = cp037_to_latin1(d[GHA_RESOURCE + i]);
        if (a <= ' ' || a >= 0x7F)
            return bad(reason, GHAPI_RC_MALFORMED, GH_DATA + GHA_RESOURCE + i);
        req->resource[i] = (char)a;
    }
    req->resource[rlen] = 0;
    return GHAPI_RC_OK;
}

static int decode_log(const uint8_t *d, uint32_t dlen, struct ghapi_request *req, uint32_t *reason)
{
    if (dlen < GHL_FIXED_LEN)
        return bad(reason, GHAPI_RC_LENGTH, GH_DATALEN);
    if (!eye(d + GHL_EYECATCHER, "GHLOG"))
        return bad(reason, GHAPI_RC_MALFORMED, GH_DATA + GHL_EYECATCHER);
    if (name(d + GHL_APPLICATION, 8, req->application) <= 0)
        return bad(reason, GHAPI_RC_MALFORMED, GH_DATA + GHL_APPLICATION);
    if (name(d + GHL_APPL_VERSION, 8, req->appl_version) < 0)
        return bad(reason, GHAPI_RC_MALFORMED, GH_DATA + GHL_APPL_VERSION);
    req->start_tod = ld_be64(d + GHL_APPL_START);
    req->stop_tod = ld_be64(d + GHL_APPL_STOP);
    if (req->stop_tod && req->stop_tod < req->start_tod)
        return bad(reason, GHAPI_RC_MALFORMED, GH_DATA + GHL_APPL_STOP);
    req->event_len = ld_be32(d + GHL_EVENT_LEN);
    if (ld_be32(d + GHL_RESERVED))
        return bad(reason, GHAPI_RC_MALFORMED, GH_DATA + GHL_RESERVED);
    if (req->event_len > GHAPI_MAX_EVENT || GHL_FIXED_LEN + req->event_len != dlen)
        return bad(reason, GHAPI_RC_LENGTH, GH_DATA + GHL_EVENT_LEN);
    req->event = d + GHL_EVENT;
    return GHAPI_RC_OK;
}

int ghapi_decode(const uint8_t *pl, size_t len, struct ghapi_request *req, uint32_t *reason)
{
    int rc = ghapi_decode_header(pl, len, req, reason);
    if (rc)
        return rc;
    if (len < req->length)
        return bad(reason, GHAPI_RC_LENGTH, GH_LENGTH);
    const uint8_t *d = pl + GH_DATA;
    uint32_t dlen = req->length - GH_HEADER_LEN;
    switch (req->function) {
    case GHAPI_FN_QUERY:
        return dlen == GHQ_LEN ? GHAPI_RC_OK : bad(reason, GHAPI_RC_LENGTH, GH_DATALEN);
    case GHAPI_FN_AUTH:
        return decode_auth(d, dlen, req, reason);
    default:
        return decode_log(d, dlen, req, reason);
    }
}
