/* libFuzzer target: the kernel policy's parsers.  The first byte picks the parser: the policy
 * file, the declaration file, or a control-socket request (the rest of the input).  Any input
 * either parses into entries that keep the documented limits, and format back into a line the
 * parser accepts again, or fails with one message; nothing is read or written outside. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "policy/control.h"
#include "policy/decl.h"
#include "policy/policy.h"

static void check_entry(const struct policy_entry *e)
{
    if (!e->type[0] || strlen(e->type) > POLICY_NAME_MAX || !e->spec[0] || strlen(e->spec) > POLICY_SPEC_MAX ||
        strlen(e->node) > POLICY_NAME_MAX)
        abort();
    /* what the admin module writes back, the parser reads as the same entry */
    char line[POLICY_SPEC_MAX + 2 * POLICY_NAME_MAX + 8];
    policy_entry_format(e, line, sizeof line);
    struct policy again;
    char err[400];
    if (policy_parse(line, strlen(line), "again", &again, err, sizeof err) || again.n != 1 ||
        strcmp(again.e[0].type, e->type) || strcmp(again.e[0].spec, e->spec) || strcmp(again.e[0].node, e->node))
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    char err[700] = "";
    switch (data[0] % 3) {
    case 0: {
        static struct policy p;
        if (policy_parse(text, len, "fuzz", &p, err, sizeof err) == 0) {
            if (p.n > POLICY_MAX_ENTRIES)
                abort();
            for (unsigned i = 0; i < p.n; i++) {
                check_entry(&p.e[i]);
                if (policy_find(&p, p.e[i].type) != &p.e[i])
                    abort(); /* one entry per type */
            }
        } else if (strncmp(err, "fuzz:", 5)) {
            abort();
        }
        break;
    }
    case 1: {
        static struct decl_set s;
        memset(&s, 0, sizeof s);
        if (decl_parse(text, len, "fuzz", &s, err, sizeof err) == 0) {
            if (s.n > DECL_MAX_TYPES)
                abort();
            for (unsigned i = 0; i < s.n; i++) {
                if (s.t[i].nfuncs == 0 || s.t[i].nfuncs > DECL_MAX_FUNCS)
                    abort();
                for (unsigned f = 0; f < s.t[i].nfuncs; f++) {
                    if (s.t[i].f[f].nargs > DECL_MAX_ARGS || s.t[i].f[f].ret >= DECL_NKINDS)
                        abort();
                    for (unsigned a = 0; a < s.t[i].f[f].nargs; a++)
                        if (s.t[i].f[f].args[a] == DECL_VOID || s.t[i].f[f].args[a] >= DECL_NKINDS)
                            abort();
                }
            }
        } else if (strncmp(err, "fuzz:", 5)) {
            abort();
        }
        break;
    }
    default: {
        struct control_req rq;
        if (control_parse(text, len, &rq, err, sizeof err) == 0) {
            if (strlen(rq.vm) > 8 || rq.op > CONTROL_UNSET)
                abort();
            if (rq.op == CONTROL_SET)
                check_entry(&rq.e);
        } else if (err[0] != 'E') {
            abort();
        }
        break;
    }
    }
    return 0;
}
