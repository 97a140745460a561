/* DIAGNOSE X'0100', GHAPI (docs/ghapi.md): the GHAPIPL at the logical address in Rx is read, validated and
 * decoded, the request performed by the host services, and the result written back into the
 * GHAPIPL and Ry (docs/ghapi.md).  The GHAPIPL is addressed as the CPU addresses an operand
 * (DAT, the PSW key), so an application in a guest's problem state can pass its own storage;
 * an access exception is the architected one, presented before anything is performed. */
#include <inttypes.h>
#include <string.h>
#include <strings.h>

#include "access.h"
#include "diag.h"
#include "ghapi/ghapi_host.h"

static const char *fn_name(unsigned f)
{
    return f == GHAPI_FN_QUERY ? "query" : f == GHAPI_FN_AUTH ? "auth" : f == GHAPI_FN_LOG ? "log" : "?";
}

static void trace(const struct ghapi_services *s, const struct diag_call *dc, const struct ghapi_request *req, int rc,
                  uint32_t reason, const uint8_t *out)
{
    FILE *f = s->trace_out ? s->trace_out : stderr;
    flockfile(f);
    fprintf(f, "ghapi %s CPU %u: %s", dc->vm->userid, (unsigned)dc->cpu->cpu_addr, fn_name(req->function));
    if (req->function == GHAPI_FN_AUTH && !rc)
        fprintf(f, " user %s class %s resource %s access %02X -> SAF %u RACF %u reason %u",
                req->userid[0] ? req->userid : dc->vm->userid, req->class_name, req->resource, req->access,
                (unsigned)ld_be32(out), (unsigned)ld_be32(out + 4), (unsigned)ld_be32(out + 8));
    else if (req->function == GHAPI_FN_LOG && !rc) {
        fprintf(f, " application %s version %s, %u bytes of event data ", req->application, req->appl_version,
                (unsigned)req->event_len);
        for (uint32_t i = 0; i < req->event_len && i < 16; i++)
            fprintf(f, "%02x", req->event[i]);
        fprintf(f, "%s -> logged", req->event_len > 16 ? "..." : "");
    }
    fprintf(f, " rc %d reason %u\n", rc, (unsigned)reason);
    funlockfile(f);
}

static int ghapi_handler(struct diag_call *dc)
{
    struct ghapi_services *s = dc->def->ctx;
    struct cpu *cpu = dc->cpu;
    uint64_t a = cpu->gr[dc->rx] & amode_mask(cpu);
    if (a & 7)
        return PGM_SPECIFICATION;
    static _Thread_local uint8_t pl[GHAPI_MAX_LENGTH]; /* one request per CPU thread at a time */
    int x = vread(cpu, a, pl, GH_HEADER_LEN);
    if (x)
        return x;
    struct ghapi_request req;
    uint32_t reason;
    uint32_t len = GH_HEADER_LEN;
    int rc = ghapi_decode_header(pl, GH_HEADER_LEN, &req, &reason);
    if (!rc) {
        len = req.length;
        /* the whole GHAPIPL must be there and storable before anything is performed */
        if ((x = vread(cpu, a, pl, len)) || (x = vcheck(cpu, a, len, ACC_STORE)))
            return x;
        rc = ghapi_decode(pl, len, &req, &reason);
    } else if ((x = vcheck(cpu, a, GH_HEADER_LEN, ACC_STORE))) {
        return x;
    }
    uint8_t out[GHQ_LEN] = {0};
    struct ghapi_caller who = {.userid = dc->vm->userid, .cpu_addr = cpu->cpu_addr};
    if (!rc)
        rc = ghapi_perform(s, &who, &req, out, &reason);
    if (rc && rc != GHAPI_RC_NOT_AVAILABLE && s->rejected)
        s->rejected(s->ctx, &who, req.function, rc, reason);
    atomic_fetch_add_explicit(&s->calls[rc ? 0 : req.function], 1, memory_order_relaxed);
    atomic_fetch_add_explicit(&dc->vm->ghapi_calls[rc ? 0 : req.function], 1, memory_order_relaxed);
    /* the result: GhAuthResult or the query block, then the return and reason codes */
    uint8_t rr[8];
    st_be32(rr, (uint32_t)rc);
    st_be32(rr + 4, reason);
    if (!rc && req.function == GHAPI_FN_AUTH)
        x = vwrite(cpu, a + GH_DATA + GHA_SAF_RC, out, 12);
    else if (!rc && req.function == GHAPI_FN_QUERY)
        x = vwrite(cpu, a + GH_DATA, out, GHQ_LEN);
    if (!x)
        x = vwrite(cpu, a + GH_RETURN_CODE, rr, sizeof rr);
    if (x)
        return x; /* not reached: checked above */
    diag_set_low32(&cpu->gr[dc->ry], (uint32_t)rc);
    cpu->cc = rc ? 1 : 0;
    snprintf(dc->note, sizeof dc->note, "GHAPI %s rc %d reason %u", fn_name(req.function), rc, (unsigned)reason);
    if (s->trace)
        trace(s, dc, &req, rc, reason, out);
    return DIAG_DONE;
}

void diag_ghapi_row(struct diag_def *row, struct ghapi_services *s)
{
    memset(row, 0, sizeof *row);
    row->code = GHAPI_DIAG_CODE;
    row->name = "GHAPI host services";
    row->fn = ghapi_handler;
    row->flags = DIAG_F_OFF | DIAG_F_HYPERVISOR;
    row->regs_in = "Rx GHAPIPL logical addr (doubleword)";
    row->regs_out = "CC 0/1, Ry GHAPI rc";
    row->doc = "ghapi.md";
    row->ctx = s;
}
