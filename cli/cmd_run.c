#define _GNU_SOURCE /* fopencookie */
/* `zsie run`: IPL an image into a virtual machine of zsie's control program and run it under
 * SIE; or run several users of a directory side by side.
 *
 * Exit status (as `zsie machine`): 0 every VM ended cleanly (stopped, or a disabled wait at
 * address 0); 1 a VM ended in a disabled wait with a non-zero address (E040) or the CP had to
 * stop one of its CPUs (E071); 2 usage or input error (one numbered line, nothing run); 3 a VM
 * reached --max-insns or --timeout (E041 / E042).  With several VMs the highest applies. */
#include <errno.h>
#include <inttypes.h>
#include <libgen.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "dump.h"
#include "options.h"
#include "cp.h"
#include "policy/control.h"
#include "policy/decl.h"
#include "policy/policy_kv.h"
#include "policy/proxy.h"
#include "policy/remote.h"
#include "exec.h"

#define DEFAULT_USER "ZSIE"
#define DEFAULT_STORAGE (64ULL << 20)

struct run_options {
    const char *directory;
    const char *users[CP_MAX_VMS];
    unsigned nusers;
    bool all;
    uint64_t storage;
    unsigned cpus;
    const char *append;
    uint64_t max_insns;
    double timeout;
    int trace;
    bool stats;
    bool dump;
    struct dump_range dumps[MAX_DUMPS];
    unsigned ndumps;
    bool raw_console;
    const char *image;
    const char *racf, *smf;   /* GHAPI's SAF database and SMF data set */
    const char *policy;       /* the kernel policy of this compute node */
    const char *types;        /* service-type declarations */
    const char *control;      /* the control socket */
    struct nats_link_opts nats; /* the distributed engine (--nats ...), docs/policy.md */
};

void run_usage(FILE *f)
{
    fprintf(f,
            "options of zsie run [options] [IMAGE]:\n"
            "  --directory FILE      the user directory (USER DIRECT style, see docs/cp.md)\n"
            "  --user ID             run this user of the directory (repeatable)\n"
            "  --all                 run every user of the directory\n"
            "  --storage SIZE        guest storage, K/M/G suffixes (default 64M, or the directory's)\n"
            "  --cpus N              virtual CPUs, 1-%d (default 1, or the directory's)\n"
            "  --append TEXT         kernel command line (default: the directory's IPL PARM)\n"
            "  --max-insns N         stop after N instructions on any virtual CPU (exit 3)\n"
            "  --timeout SECONDS     stop after SECONDS of run time (exit 3)\n"
            "  --trace               trace every guest instruction and interruption on stderr\n"
            "  --trace=interrupts    trace guest interruptions only\n"
            "  --trace=LIST          trace some of: insns, interrupts, diag (one line per DIAGNOSE),\n"
            "                        ghapi (each GHAPI request decoded, its decision and record), all\n"
            "  --racf FILE           the SAF/RACF database for GHAPI authorization (RACF commands, docs/saf.md)\n"
            "                        (SIGHUP reloads it under the running guests)\n"
            "  --smf DATASET         the SMF data set for GHAPI logging and accounting (docs/smf.md)\n"
            "  --policy FILE         the kernel policy: TYPE ID[:ARG][@NODE] per line (docs/policy.md)\n"
            "  --types FILE          service types declared for plug-ins (docs/policy.md)\n"
            "  --control PATH        a control socket for `zsie admin ... --socket PATH`\n",
            DIR_MAX_CPUS);
    nats_options_usage(f);
    fprintf(f,
            "  --stats               SIE exits by interception code, DIAGNOSE codes, per CPU\n"
            "  --dump                print the first VM's CPU 0 PSW and registers after the run\n"
            "  --dump-storage A:L    with the dump, L bytes of its guest absolute storage at hex A\n"
            "  --raw-console         guest control characters and escapes unescaped (one VM)\n"
            "IMAGE may be left out when each user's directory entry has an IPL statement.\n"
            "exit status: 0 stopped or disabled wait at address 0; 1 disabled wait elsewhere;\n"
            "             2 usage or input error; 3 instruction limit or timeout\n");
}

/* SIGHUP: reload the RACF database (--racf) at the next GHAPI request. */
static volatile sig_atomic_t racf_reload;
static void on_sighup(int sig)
{
    (void)sig;
    racf_reload = 1;
}

/* Returns -1 to go on, or the exit status. */
static int parse_options(int argc, char **argv, struct run_options *o)
{
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (arg[0] != '-' || arg[1] == 0) {
            if (o->image)
                return usage_error("E016 run: more than one image ('%s')", arg);
            o->image = arg;
            continue;
        }
        if (!strcmp(arg, "-h") || !strcmp(arg, "--help")) {
            printf("usage: zsie run [options] [IMAGE]   run IMAGE in a virtual machine under SIE\n");
            run_usage(stdout);
            return 0;
        }
        if (!strcmp(arg, "--all")) {
            o->all = true;
            continue;
        }
        if (!strcmp(arg, "--dump")) {
            o->dump = true;
            continue;
        }
        if (!strcmp(arg, "--stats")) {
            o->stats = true;
            continue;
        }
        if (!strcmp(arg, "--raw-console")) {
            o->raw_console = true;
            continue;
        }
        if (!strcmp(arg, "--trace")) {
            o->trace = TRACE_INSNS | TRACE_INTERRUPTS;
            continue;
        }
        if (!strncmp(arg, "--trace=", 8)) {
            o->trace = parse_trace(arg + 8);
            if (o->trace < 0)
                return usage_error("E003 unknown --trace value '%s' (insns, interrupts, diag, ghapi, all)", arg + 8);
            continue;
        }
        static const char *const with_value[] = {"--directory", "--user", "--storage", "--cpus",
                                                 "--append", "--max-insns", "--timeout",
                                                 "--dump-storage", "--racf", "--smf", "--policy",
                                                 "--types", "--control"};
        const char *val;
        const char *name = match_value_option(arg, with_value, sizeof with_value / sizeof with_value[0], &val);
        bool nats = false;
        if (!name)
            nats = (name = match_value_option(arg, nats_option_names, nats_option_count, &val)) != NULL;
        if (!name)
            return usage_error("E010 run: unknown option '%s' (try zsie run --help)", arg);
        if (!val) {
            if (i + 1 >= argc)
                return usage_error("E011 run: option %s needs a value", name);
            val = argv[++i];
        }
        if (nats) {
            char err[200];
            if (nats_option_set(&o->nats, name, val, err, sizeof err))
                return usage_error("E440 run: %s", err);
        } else if (!strcmp(name, "--directory")) {
            o->directory = val;
        } else if (!strcmp(name, "--user")) {
            if (o->nusers == CP_MAX_VMS)
                return usage_error("E019 run: too many --user options ('%s')", val);
            o->users[o->nusers++] = val;
        } else if (!strcmp(name, "--storage")) {
            if (!storage_parse_size(val, &o->storage) || o->storage == 0 || o->storage > (1ULL << 40))
                return usage_error("E012 run: invalid storage size '%s' (1M..1T, e.g. 64M)", val);
            if (o->storage % (1u << 20))
                return usage_error("E012 run: storage size '%s' is not a multiple of 1M (the SIE unit)", val);
        } else if (!strcmp(name, "--cpus")) {
            uint64_t n;
            if (!parse_u64(val, 10, &n) || n < 1 || n > DIR_MAX_CPUS)
                return usage_error("E013 run: invalid CPU count '%s' (1-16)", val);
            o->cpus = (unsigned)n;
        } else if (!strcmp(name, "--racf")) {
            o->racf = val;
        } else if (!strcmp(name, "--smf")) {
            o->smf = val;
        } else if (!strcmp(name, "--policy")) {
            o->policy = val;
        } else if (!strcmp(name, "--types")) {
            o->types = val;
        } else if (!strcmp(name, "--control")) {
            o->control = val;
        } else if (!strcmp(name, "--append")) {
            o->append = val;
        } else if (!strcmp(name, "--max-insns")) {
            if (!parse_u64(val, 10, &o->max_insns) || o->max_insns == 0)
                return usage_error("E014 run: invalid instruction limit '%s'", val);
        } else if (!strcmp(name, "--dump-storage")) {
            if (o->ndumps == MAX_DUMPS)
                return usage_error("E150 run: too many --dump-storage ranges ('%s')", val);
            if (!parse_dump(val, &o->dumps[o->ndumps]))
                return usage_error("E150 run: invalid --dump-storage '%s' (want HEXADDR:LEN)", val);
            o->ndumps++;
        } else { /* --timeout */
            if (!parse_seconds(val, &o->timeout))
                return usage_error("E014 run: invalid timeout '%s' (seconds)", val);
        }
    }
    if (o->nusers && o->all)
        return usage_error("E302 run: --all and --user exclude each other%s", "");
    if ((o->nusers || o->all) && !o->directory)
        return usage_error("E052 run: %s needs --directory", o->all ? "--all" : "--user");
    if (!o->nats.url && (o->nats.creds || o->nats.nkey || o->nats.ca || o->nats.cert || o->nats.spool))
        return usage_error("E441 run: the NATS options need --nats URL%s", "");
    nats_link_defaults(&o->nats);
    return -1;
}

/* An IPL path in the directory is relative to the directory file. */
static char *resolve_ipl(const char *dirfile, const char *ipl)
{
    if (ipl[0] == '/')
        return strdup(ipl);
    char *copy = strdup(dirfile);
    if (!copy)
        return NULL;
    const char *base = dirname(copy);
    size_t n = strlen(base) + strlen(ipl) + 2;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s/%s", base, ipl);
    free(copy);
    return p;
}

struct selected {
    struct vm_spec spec;
    char *image;          /* owned */
    const char *cmdline;  /* NULL: none */
    const struct policy *policy; /* the user's POLICY statements, or NULL */
};

/* A VM's console output goes through the kernel proxy's console service at each write, so a
 * policy change applies to the next line. */
struct console_cookie {
    struct proxy *proxy;
    char vm[DIR_ID_LEN + 1];
};

static ssize_t console_cookie_write(void *c, const char *buf, size_t len)
{
    struct console_cookie *k = c;
    return proxy_console_write(k->proxy, k->vm, buf, len) ? -1 : (ssize_t)len;
}

static FILE *console_file(struct console_cookie *k)
{
    cookie_io_functions_t io = {.write = console_cookie_write};
    FILE *f = fopencookie(k, "w", io);
    if (f)
        setvbuf(f, NULL, _IOLBF, 0);
    return f;
}

/* The proxy of this compute node: the policy file, the declarations, the old options'
 * entries, each user's POLICY statements.  NULL after a message. */
static struct proxy *make_proxy(const struct run_options *o, const struct selected *sel, unsigned n, FILE *out,
                                struct remote_link *link)
{
    struct policy pol = {0};
    struct decl_set decls = {0};
    char err[600];
    if (o->policy && policy_load(o->policy, &pol, err, sizeof err)) {
        fprintf(stderr, "zsie: E420 run: %s\n", err);
        return NULL;
    }
    if (o->types && decl_load(o->types, &decls, err, sizeof err)) {
        fprintf(stderr, "zsie: E421 run: %s\n", err);
        return NULL;
    }
    cp_policy_legacy(&pol, o->racf);
    struct proxy_config pc = {.env = {.racf_path = o->racf, .smf_path = o->smf, .console_out = out},
                              .decls = &decls};
    if (link->nc) { /* @NODE entries: the remote slot */
        link->env = pc.env;
        pc.remote = remote_open;
        pc.remote_ctx = link;
    }
    struct proxy *p = proxy_new(&pc);
    if (!p) {
        fprintf(stderr, "zsie: E030 run: out of memory\n");
        return NULL;
    }
    if (proxy_set_policy(p, NULL, &pol, err, sizeof err)) {
        fprintf(stderr, "zsie: E422 run: %s: %s\n", o->policy ? o->policy : "policy", err);
        proxy_free(p);
        return NULL;
    }
    for (unsigned i = 0; i < n; i++)
        if (sel[i].policy && proxy_set_policy(p, sel[i].spec.id, sel[i].policy, err, sizeof err)) {
            fprintf(stderr, "zsie: E422 run: %s: POLICY of %s: %s\n", o->directory, sel[i].spec.id, err);
            proxy_free(p);
            return NULL;
        }
    return p;
}

static int select_users(const struct run_options *o, const struct directory *d, struct selected *sel, unsigned *n)
{
    *n = 0;
    if (!o->directory) {
        struct selected *s = &sel[(*n)++];
        strcpy(s->spec.id, DEFAULT_USER);
        s->spec.storage = o->storage ? o->storage : DEFAULT_STORAGE;
        s->spec.ncpus = o->cpus ? o->cpus : 1;
        s->spec.max_insns = o->max_insns;
        s->spec.trace = o->trace;
        s->spec.ghapi = DIR_GHAPI_ON; /* the VM made without a directory has GHAPI */
        if (!o->image)
            return usage_error("E016 run: no image given%s", " (try zsie run --help)");
        s->image = strdup(o->image);
        s->cmdline = o->append;
        return -1;
    }
    const struct dir_user *list[CP_MAX_VMS];
    unsigned count = 0;
    if (o->all) {
        if (d->n > CP_MAX_VMS) { /* running only some of them would drop users silently */
            char users[16];
            snprintf(users, sizeof users, "%u", d->n);
            return usage_error("E019 run: --all: the directory has %s users, at most 64 can run", users);
        }
        for (unsigned i = 0; i < d->n; i++)
            list[count++] = &d->users[i];
    } else if (o->nusers) {
        for (unsigned i = 0; i < o->nusers; i++) {
            const struct dir_user *u = directory_find(d, o->users[i]);
            if (!u) {
                fprintf(stderr, "zsie: E051 run: user '%s' is not in the directory %s\n", o->users[i], o->directory);
                return 2;
            }
            for (unsigned k = 0; k < count; k++)
                if (list[k] == u)
                    return usage_error("E051 run: user '%s' is named twice", o->users[i]);
            list[count++] = u;
        }
    } else {
        list[count++] = &d->users[0]; /* the first user */
    }
    for (unsigned i = 0; i < count; i++) {
        const struct dir_user *u = list[i];
        struct selected *s = &sel[(*n)++];
        memcpy(s->spec.id, u->id, sizeof s->spec.id);
        s->spec.storage = o->storage ? o->storage : u->storage;
        s->spec.ncpus = o->cpus ? o->cpus : (u->ncpus ? u->ncpus : 1);
        s->spec.max_insns = o->max_insns ? o->max_insns : u->max_insns;
        s->spec.trace = o->trace ? o->trace : u->trace;
        snprintf(s->spec.classes, sizeof s->spec.classes, "%s", u->classes);
        _Static_assert(sizeof s->spec.diag_enable == sizeof u->diag, "one DIAGNOSE statement per code");
        memcpy(s->spec.diag_enable, u->diag, sizeof u->diag);
        s->spec.ghapi = u->ghapi;
        s->policy = u->policy;
        if (o->image)
            s->image = strdup(o->image);
        else if (u->ipl)
            s->image = resolve_ipl(o->directory, u->ipl);
        else
            return usage_error("E016 run: no image given, and user %s has no IPL statement", u->id);
        s->cmdline = o->append ? o->append : u->parm;
    }
    return -1;
}

int cmd_run(int argc, char **argv)
{
    struct run_options o = {.nats = {.retries = (unsigned)-1}};
    int rc = parse_options(argc, argv, &o);
    if (rc >= 0)
        return rc;
    struct directory d = {0};
    char err[512];
    if (o.directory && directory_load(o.directory, &d, err, sizeof err)) {
        fprintf(stderr, "zsie: E050 run: %s\n", err);
        return 2;
    }
    struct selected sel[CP_MAX_VMS];
    memset(sel, 0, sizeof sel);
    unsigned n = 0;
    int status = select_users(&o, &d, sel, &n);
    if (status < 0 && n > 1 && o.raw_console)
        status = usage_error("E301 run: --raw-console needs a single virtual machine%s", " (--user or no directory)");
    struct vm_spec specs[CP_MAX_VMS];
    char prefixes[CP_MAX_VMS][DIR_ID_LEN + 3];
    struct outq *q = NULL;
    FILE *out = status < 0 ? cli_out_open(&q) : stdout;
    struct console_cookie cookies[CP_MAX_VMS];
    FILE *consoles[CP_MAX_VMS] = {0};
    struct proxy *proxy = NULL;
    struct control_server *control = NULL;
    struct remote_link link = {.opts = o.nats};
    struct policy_kv *kv = NULL;
    if (status < 0 && o.nats.url && nats_link_connect(&o.nats, "zsie run", &link.nc, err, sizeof err)) {
        fprintf(stderr, "zsie: E442 run: NATS: %s\n", err);
        status = 2;
    }
    if (status < 0 && !(proxy = make_proxy(&o, sel, n, out, &link)))
        status = 2;
    if (status < 0 && link.nc && policy_kv_watch(&kv, link.nc, o.nats.node, proxy, NULL, err, sizeof err)) {
        fprintf(stderr, "zsie: E443 run: the policy store: %s\n", err);
        status = 2;
    }
    for (unsigned i = 0; status < 0 && i < n; i++) {
        if (!sel[i].image) {
            fprintf(stderr, "zsie: E030 run: out of memory\n");
            status = 2;
            break;
        }
        specs[i] = sel[i].spec;
        specs[i].timeout = o.timeout;
        specs[i].trace_out = stderr;
        /* the console service of the policy (stdout: the queue above) at each line */
        cookies[i].proxy = proxy;
        memcpy(cookies[i].vm, specs[i].id, sizeof cookies[i].vm);
        if (!(consoles[i] = console_file(&cookies[i]))) {
            fprintf(stderr, "zsie: E030 run: out of memory\n");
            status = 2;
            break;
        }
        specs[i].console_out = consoles[i];
        specs[i].console_raw = o.raw_console;
        specs[i].console_in = i == 0 ? 0 : -1; /* the terminal belongs to the first VM */
        if (n > 1) {
            snprintf(prefixes[i], sizeof prefixes[i], "%.8s: ", specs[i].id);
            specs[i].console_prefix = prefixes[i];
        }
    }
    struct cp *cp = NULL;
    if (status < 0) {
        cp = malloc(sizeof *cp);
        if (!cp || cp_init(cp, specs, n, err, sizeof err)) {
            fprintf(stderr, "zsie: %s\n", cp ? err : "E030 run: out of memory");
            free(cp);
            cp = NULL;
            status = 2;
        }
    }
    if (cp && status < 0) {
        cp->proxy = proxy;
        struct cp_ghapi_config gc = {.racf_path = o.racf, .smf_path = o.smf, .trace = (o.trace & TRACE_GHAPI) != 0,
                                     .trace_out = stderr, .reload = &racf_reload,
                                     .proxy = proxy};
        if (o.racf)
            signal(SIGHUP, on_sighup);
        if (cp_ghapi_open(cp, &gc, err, sizeof err)) {
            fprintf(stderr, "zsie: %s\n", err);
            status = 2;
        }
    }
    const struct dump_range *outside = cp && status < 0 ? dump_outside(o.dumps, o.ndumps, cp->vms[0].size) : NULL;
    if (outside) {
        fprintf(stderr, "zsie: E151 run: --dump-storage %" PRIX64 ":%" PRIu64 " lies outside %s's storage\n",
                outside->addr, outside->len, cp->vms[0].id);
        status = 2;
    }
    for (unsigned i = 0; cp && status < 0 && i < n; i++) {
        if (vm_load(&cp->vms[i], sel[i].image, sel[i].cmdline, err, sizeof err)) {
            fprintf(stderr, "zsie: %s\n", err);
            status = 2;
        }
    }
    if (cp && status < 0 && o.control && control_start(&control, o.control, proxy, err, sizeof err)) {
        fprintf(stderr, "zsie: %s\n", err);
        status = 2;
    }
    if (status < 0 && cp_run(cp)) {
        fprintf(stderr, "zsie: E031 run: cannot start the CPU threads\n");
        status = 2;
    }
    if (status < 0) {
        for (unsigned i = 0; i < n; i++)
            console_flush(&cp->vms[i].m.console); /* partial lines, each with its prefix */
        for (unsigned i = 0; i < n; i++)
            if (consoles[i])
                fflush(consoles[i]); /* through the console service, before the queue closes */
        cli_out_close(q, "run");
        q = NULL;
        status = 0;
        for (unsigned i = 0; i < n; i++) {
            struct vm *vm = &cp->vms[i];
            int s = 0;
            struct cpu *bad = machine_error_wait(&vm->m);
            if (vm->end == RUN_LOGOFF) {
                s = 0; /* LOGOFF, FORCE or SHUTDOWN: a clean end, whatever state its CPUs were in */
            } else if (vm->end == RUN_LIMIT) {
                fprintf(stderr, "zsie: E041 %s: instruction limit of %" PRIu64 " reached\n", vm->id, vm->max_insns);
                s = 3;
            } else if (vm->end == RUN_TIMEOUT) {
                fprintf(stderr, "zsie: E042 %s: timeout after %g seconds\n", vm->id, o.timeout);
                s = 3;
            } else if (bad) {
                fprintf(stderr, "zsie: E040 %s: disabled wait PSW %016" PRIX64 " %016" PRIX64 "\n", vm->id,
                        psw_mask(bad), bad->psw.ia);
                s = 1;
            } else if (vm->failed) {
                s = 1;
            }
            if (s > status)
                status = s;
        }
        for (unsigned i = 0; i < n; i++)
            cp_print_stats(&cp->vms[i], stderr, o.stats);
        if (o.dump)
            print_dump(stdout, &cp->vms[0].m, o.dumps, o.ndumps); /* after the console output, drained above */
    }
    control_stop(control);
    policy_kv_stop(kv);
    if (cp) {
        cp_free(cp);
        free(cp);
    }
    for (unsigned i = 0; i < n; i++)
        if (consoles[i])
            fclose(consoles[i]);
    if (q)
        cli_out_close(q, "run"); /* nothing ran */
    proxy_free(proxy);
    nats_link_close(link.nc); /* after the services that used it */
    for (unsigned i = 0; i < n; i++)
        free(sel[i].image);
    directory_free(&d);
    return status;
}
