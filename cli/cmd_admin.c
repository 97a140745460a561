/* `zsie admin`: the administration module of the kernel policy (docs/policy.md).
 *
 *   zsie admin policy show  [--vm ID] (--file POLICY | --socket PATH)
 *   zsie admin policy set   TYPE ID[:ARG][@NODE] [--vm ID] (--file POLICY [--smf DATASET] | --socket PATH)
 *   zsie admin policy unset TYPE [--vm ID] (--file POLICY [--smf DATASET] | --socket PATH)
 *   zsie admin call TYPE FUNCTION [ARG ...] --policy POLICY [--types DECL]
 *
 * On a file the change is written back at once; on a running zsie (its --control socket) it
 * applies from the next service access.  Either way it is audited: a line on stderr and, with
 * SMF (the file's --smf, the running zsie's logging service), a record naming who changed what.
 * Exit status: 0 done; 1 the request was refused (ERR); 2 usage or input error. */
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "cli.h"
#include "options.h"
#include "policy/control.h"
#include "policy/decl.h"
#include "policy/policy.h"
#include "policy/proxy.h"

void admin_usage(FILE *f)
{
    fprintf(f, "zsie admin policy show  [--vm ID] (--file POLICY | --socket PATH)\n"
               "zsie admin policy set   TYPE ID[:ARG][@NODE] [--vm ID] (--file POLICY [--smf DATASET] | --socket PATH)\n"
               "zsie admin policy unset TYPE [--vm ID] (--file POLICY [--smf DATASET] | --socket PATH)\n"
               "zsie admin call TYPE FUNCTION [ARG ...] --policy POLICY [--types DECL]\n"
               "  TYPE: security logging memory sched console, or one declared with --types (docs/policy.md)\n"
               "  exit status: 0 done; 1 refused by the running zsie; 2 usage or input error\n");
}

struct admin_opts {
    const char *words[16];
    unsigned nwords;
    const char *file, *socket, *vm, *smf, *policy, *types;
};

static int parse(int argc, char **argv, struct admin_opts *o)
{
    static const char *const with_value[] = {"--file", "--socket", "--vm", "--smf", "--policy", "--types"};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            admin_usage(stdout);
            return 0;
        }
        if (a[0] != '-' || !a[1] || (a[1] >= '0' && a[1] <= '9')) {
            if (o->nwords == sizeof o->words / sizeof o->words[0])
                return usage_error("E430 admin: too many words ('%s')", a);
            o->words[o->nwords++] = a;
            continue;
        }
        const char *val;
        const char *name = match_value_option(a, with_value, sizeof with_value / sizeof with_value[0], &val);
        if (!name)
            return usage_error("E431 admin: unknown option '%s' (try zsie admin --help)", a);
        if (!val) {
            if (i + 1 >= argc)
                return usage_error("E432 admin: option %s needs a value", name);
            val = argv[++i];
        }
        const char **slot = !strcmp(name, "--file") ? &o->file : !strcmp(name, "--socket") ? &o->socket
                          : !strcmp(name, "--vm") ? &o->vm : !strcmp(name, "--smf") ? &o->smf
                          : !strcmp(name, "--policy") ? &o->policy : &o->types;
        *slot = val;
    }
    return -1;
}

static void who_am_i(char *buf, size_t len)
{
    struct passwd *pw = getpwuid(getuid());
    if (pw)
        snprintf(buf, len, "%s(uid %u)", pw->pw_name, (unsigned)getuid());
    else
        snprintf(buf, len, "uid %u", (unsigned)getuid());
}

static bool type_known(const char *type, const struct decl_set *decls)
{
    return svc_type_parse(type) >= 0 || decl_find(decls, type);
}

/* show/set/unset on a policy file */
static int on_file(const struct admin_opts *o, const char *op, const struct policy_entry *e, const struct decl_set *decls)
{
    struct policy pol;
    char err[700];
    if (policy_load(o->file, &pol, err, sizeof err)) {
        fprintf(stderr, "zsie: E434 admin: %s\n", err);
        return 2;
    }
    if (!strcmp(op, "show")) {
        for (unsigned i = 0; i < pol.n; i++) {
            char line[600];
            policy_entry_format(&pol.e[i], line, sizeof line);
            printf("%s\n", line);
        }
        return 0;
    }
    const struct policy_entry *old = policy_find(&pol, e->type);
    char was[600] = "(none)", now[600] = "(default)";
    if (old)
        policy_entry_format(old, was, sizeof was);
    if (!strcmp(op, "set")) {
        if (policy_set(&pol, e)) {
            fprintf(stderr, "zsie: E435 admin: %s: the policy is full\n", o->file);
            return 2;
        }
        policy_entry_format(e, now, sizeof now);
    } else if (policy_unset(&pol, e->type)) {
        fprintf(stderr, "zsie: E435 admin: %s has no %s entry\n", o->file, e->type);
        return 1;
    }
    if (policy_save(o->file, &pol, err, sizeof err)) {
        fprintf(stderr, "zsie: E434 admin: %s\n", err);
        return 2;
    }
    char who[128], line[1500];
    who_am_i(who, sizeof who);
    snprintf(line, sizeof line, "I400 kernel proxy: %s %s the policy file %s: %s -> %s", who, op, o->file, was, now);
    fprintf(stderr, "zsie: %s\n", line);
    if (o->smf) {
        /* the audit record, through the same logging service a running zsie would use */
        struct proxy_config pc = {.env = {.smf_path = o->smf}, .decls = decls, .msgs = stderr};
        struct proxy *p = proxy_new(&pc);
        struct log_event ev = {PROXY_EV_POLICY, who, "", line};
        int rc = p ? proxy_log_event(p, &ev) : -1;
        proxy_free(p);
        if (rc) {
            fprintf(stderr, "zsie: E436 admin: the change is made, but its audit record could not be written to %s\n",
                    o->smf);
            return 2;
        }
    }
    return 0;
}

static int on_socket(const struct admin_opts *o, const char *op, const struct policy_entry *e)
{
    char req[CONTROL_REQ_MAX + 64];
    if (!strcmp(op, "show"))
        snprintf(req, sizeof req, "policy show%s%s", o->vm ? " " : "", o->vm ? o->vm : "");
    else if (!strcmp(op, "set"))
        snprintf(req, sizeof req, "policy set %s %s%s%s%s%s", e->type, e->spec, e->node[0] ? "@" : "", e->node,
                 o->vm ? " " : "", o->vm ? o->vm : "");
    else
        snprintf(req, sizeof req, "policy unset %s%s%s", e->type, o->vm ? " " : "", o->vm ? o->vm : "");
    char out[16384], err[400];
    int rc = control_request(o->socket, req, out, sizeof out, err, sizeof err);
    if (rc < 0) {
        fprintf(stderr, "zsie: %s\n", err);
        return 2;
    }
    /* the reply's lines, the verdict last */
    fputs(out, rc ? stderr : stdout);
    return rc;
}

static int cmd_call(const struct admin_opts *o, const struct decl_set *decls)
{
    if (o->nwords < 3 || !o->policy)
        return usage_error("E433 admin: want: zsie admin call TYPE FUNCTION [ARG ...] --policy POLICY%s", "");
    struct policy pol;
    char err[700];
    if (policy_load(o->policy, &pol, err, sizeof err)) {
        fprintf(stderr, "zsie: E434 admin: %s\n", err);
        return 2;
    }
    struct proxy_config pc = {.decls = decls, .msgs = stderr};
    struct proxy *p = proxy_new(&pc);
    if (!p || proxy_set_policy(p, NULL, &pol, err, sizeof err)) {
        fprintf(stderr, "zsie: E434 admin: %s: %s\n", o->policy, p ? err : "out of memory");
        proxy_free(p);
        return 2;
    }
    const char *type = o->words[1], *func = o->words[2];
    const struct decl_type *t = decl_find(decl_builtin(), type);
    if (!t)
        t = decl_find(decls, type);
    const struct decl_func *f = t ? decl_func_find(t, func) : NULL;
    if (!f) {
        fprintf(stderr, "zsie: E437 admin: %s has no function %s\n", type, func);
        proxy_free(p);
        return 2;
    }
    union decl_value args[DECL_MAX_ARGS], ret = {0};
    unsigned nargs = o->nwords - 3;
    int64_t cells[DECL_MAX_ARGS]; /* what a pointer argument points to: an int64 given as its value */
    for (unsigned i = 0; i < nargs && i < f->nargs; i++) {
        enum decl_kind k = f->args[i];
        if (decl_value_parse(k == DECL_POINTER ? DECL_I64 : k, o->words[3 + i], &args[i])) {
            fprintf(stderr, "zsie: E438 admin: argument %u '%s' is not a %s\n", i + 1, o->words[3 + i],
                    decl_kind_name(k));
            proxy_free(p);
            return 2;
        }
        if (k == DECL_POINTER) {
            cells[i] = args[i].i64;
            args[i].p = &cells[i];
        }
    }
    int rc = proxy_call(p, type, NULL, func, args, nargs, &ret, err, sizeof err);
    if (rc) {
        fprintf(stderr, "zsie: E439 admin: %s\n", err);
    } else {
        char b[300];
        decl_value_format(f->ret, &ret, b, sizeof b);
        printf("%s\n", b);
        for (unsigned i = 0; i < nargs; i++)
            if (f->args[i] == DECL_POINTER)
                printf("*arg%u=%lld\n", i + 1, (long long)cells[i]);
    }
    proxy_free(p);
    return rc ? 2 : 0;
}

int cmd_admin(int argc, char **argv)
{
    struct admin_opts o = {0};
    int rc = parse(argc, argv, &o);
    if (rc >= 0)
        return rc;
    struct decl_set decls = {0};
    char err[700];
    if (o.types && decl_load(o.types, &decls, err, sizeof err)) {
        fprintf(stderr, "zsie: E434 admin: %s\n", err);
        return 2;
    }
    if (o.nwords >= 1 && !strcmp(o.words[0], "call"))
        return cmd_call(&o, &decls);
    if (o.nwords < 2 || strcmp(o.words[0], "policy"))
        return usage_error("E433 admin: want: zsie admin policy show|set|unset ... (try zsie admin --help)%s", "");
    const char *op = o.words[1];
    struct policy_entry e = {0};
    if (!strcmp(op, "show")) {
        if (o.nwords != 2)
            return usage_error("E433 admin: policy show takes no more words ('%s')", o.words[2]);
    } else if (!strcmp(op, "set") || !strcmp(op, "unset")) {
        bool set = !strcmp(op, "set");
        if (o.nwords != (set ? 4u : 3u))
            return usage_error(set ? "E433 admin: want: policy set TYPE ID[:ARG][@NODE]%s"
                                   : "E433 admin: want: policy unset TYPE%s", "");
        if (policy_entry_parse(&e, o.words[2], set ? o.words[3] : "x", err, sizeof err))
            return usage_error("E433 admin: %s", err);
        if (!set)
            e.spec[0] = 0;
        if (o.file && !type_known(e.type, &decls))
            return usage_error("E433 admin: unknown service type '%s' (security logging memory sched console, or "
                               "declared with --types)", e.type);
    } else {
        return usage_error("E433 admin: unknown policy operation '%s' (show, set, unset)", op);
    }
    if (!!o.file == !!o.socket)
        return usage_error("E433 admin: give one of --file POLICY and --socket PATH%s", "");
    if (o.file && o.vm)
        return usage_error("E433 admin: --vm works on a running zsie (--socket); a VM's POLICY statements are in "
                           "the directory (%s)", o.file);
    if (o.socket && o.smf)
        return usage_error("E433 admin: --smf is for --file; a running zsie audits through its own logging (%s)",
                           o.socket);
    return o.file ? on_file(&o, op, &e, &decls) : on_socket(&o, op, &e);
}
