/* `zsie machine`: run an image on the bare machine.
 *
 * Exit status: 0 every CPU stopped or ended in a disabled wait with PSW address zero;
 * 1 a CPU ended in a disabled wait with a non-zero address (bare-metal error convention,
 * reported as E040); 2 usage or input error (one numbered line); 3 --max-insns or --timeout
 * reached (E041 / E042). */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "dump.h"
#include "options.h"
#include "exec.h"
#include "loader.h"
#include "machine.h"

#define MIN_STORAGE 0x2000ULL                /* the lowcore */
#define MAX_STORAGE (1ULL << 40)             /* 1 TiB */

struct options {
    uint64_t storage;
    unsigned cpus;
    const char *append;
    uint64_t max_insns;
    double timeout;
    int trace;
    bool dump;
    struct dump_range dumps[MAX_DUMPS];
    unsigned ndumps;
    enum sclp_console consoles;
    bool raw_console;
    const char *image;
};

void machine_usage(FILE *f)
{
    fprintf(f,
            "options of zsie machine [options] IMAGE:\n"
            "  --storage SIZE        storage size, K/M/G suffixes (default 64M)\n"
            "  --cpus N              number of CPUs, 1-%d (default 1)\n"
            "  --append TEXT         kernel command line, placed at 0x10480\n"
            "  --max-insns N         stop after N instructions on any CPU (exit 3)\n"
            "  --timeout SECONDS     stop after SECONDS of run time (exit 3)\n"
            "  --trace               trace every instruction and interruption on stderr\n"
            "  --trace=interrupts    trace interruptions only\n"
            "  --trace=LIST          trace some of: insns, interrupts, diag (one line per DIAGNOSE), all\n"
            "  --dump                print CPU 0's PSW and registers after the run\n"
            "  --dump-storage A:L    with the dump, L bytes of absolute storage at hex A\n"
            "  --console MODE        SCLP consoles: both (default), ascii or linemode\n"
            "  --raw-console         guest control characters and escapes unescaped\n"
            "exit status: 0 stopped or disabled wait at address 0; 1 disabled wait elsewhere;\n"
            "             2 usage or input error; 3 instruction limit or timeout\n",
            MACHINE_MAX_CPUS);
}

/* Returns -1 to go on, or the exit status. */
static int parse_options(int argc, char **argv, struct options *o)
{
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (arg[0] != '-' || arg[1] == 0) {
            if (o->image)
                return usage_error("E016 machine: more than one image ('%s')", arg);
            o->image = arg;
            continue;
        }
        if (!strcmp(arg, "--")) {
            if (i + 1 < argc && !o->image)
                o->image = argv[++i];
            if (i + 1 < argc)
                return usage_error("E016 machine: more than one image ('%s')", argv[i + 1]);
            break;
        }
        if (!strcmp(arg, "-h") || !strcmp(arg, "--help")) {
            printf("usage: zsie machine [options] IMAGE   run IMAGE on the bare emulated machine\n");
            machine_usage(stdout);
            return 0;
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
        if (!strcmp(arg, "--dump")) {
            o->dump = true;
            continue;
        }
        if (!strcmp(arg, "--raw-console")) {
            o->raw_console = true;
            continue;
        }
        /* options with a value: --opt VALUE or --opt=VALUE */
        static const char *const with_value[] = {"--storage", "--cpus", "--append", "--max-insns", "--timeout",
                                                 "--dump-storage", "--console"};
        const char *val;
        const char *name = match_value_option(arg, with_value, sizeof with_value / sizeof with_value[0], &val);
        if (!name)
            return usage_error("E010 machine: unknown option '%s' (try zsie machine --help)", arg);
        if (!val) {
            if (i + 1 >= argc)
                return usage_error("E011 machine: option %s needs a value", name);
            val = argv[++i];
        }
        if (!strcmp(name, "--storage")) {
            if (!storage_parse_size(val, &o->storage) || o->storage == 0)
                return usage_error("E012 machine: invalid storage size '%s' (e.g. 64M)", val);
            if (o->storage < MIN_STORAGE || o->storage > MAX_STORAGE)
                return usage_error("E012 machine: storage size '%s' is outside 8K..1T", val);
        } else if (!strcmp(name, "--cpus")) {
            uint64_t n;
            if (!parse_u64(val, 10, &n) || n < 1 || n > MACHINE_MAX_CPUS)
                return usage_error("E013 machine: invalid CPU count '%s' (1-64)", val);
            o->cpus = (unsigned)n;
        } else if (!strcmp(name, "--append")) {
            o->append = val;
        } else if (!strcmp(name, "--max-insns")) {
            if (!parse_u64(val, 10, &o->max_insns) || o->max_insns == 0)
                return usage_error("E014 machine: invalid instruction limit '%s'", val);
        } else if (!strcmp(name, "--timeout")) {
            if (!parse_seconds(val, &o->timeout))
                return usage_error("E014 machine: invalid timeout '%s' (seconds)", val);
        } else if (!strcmp(name, "--console")) {
            if (!strcmp(val, "both"))
                o->consoles = SCLP_CONSOLE_BOTH;
            else if (!strcmp(val, "ascii"))
                o->consoles = SCLP_CONSOLE_ASCII;
            else if (!strcmp(val, "linemode"))
                o->consoles = SCLP_CONSOLE_LINEMODE;
            else
                return usage_error("E018 machine: invalid console '%s' (both, ascii or linemode)", val);
        } else { /* --dump-storage */
            if (o->ndumps == MAX_DUMPS)
                return usage_error("E015 machine: too many --dump-storage ranges ('%s')", val);
            if (!parse_dump(val, &o->dumps[o->ndumps]))
                return usage_error("E015 machine: invalid --dump-storage '%s' (want HEXADDR:LEN)", val);
            o->ndumps++;
        }
    }
    if (!o->image)
        return usage_error("E016 machine: no image given%s", " (try zsie machine --help)");
    return -1;
}

int cmd_machine(int argc, char **argv)
{
    struct options o = {.storage = 64ULL << 20, .cpus = 1};
    int rc = parse_options(argc, argv, &o);
    if (rc >= 0)
        return rc;
    uint64_t storage = (o.storage + 4095) & ~4095ULL;
    const struct dump_range *out = dump_outside(o.dumps, o.ndumps, storage);
    if (out) {
        fprintf(stderr, "zsie: E015 machine: --dump-storage %" PRIX64 ":%" PRIu64 " lies outside storage\n",
                out->addr, out->len);
        return 2;
    }

    struct machine_config cfg = {
        .storage_size = storage,
        .ncpus = o.cpus,
        .max_insns = o.max_insns,
        .timeout = o.timeout,
        .trace = o.trace,
        .trace_out = stderr,
        .console_in = 0,
        .consoles = o.consoles,
        .console_raw = o.raw_console,
    };
    struct outq *q;
    cfg.console_out = cli_out_open(&q);
    struct machine *m = malloc(sizeof *m);
    if (!m || machine_init(m, &cfg)) {
        fprintf(stderr, "zsie: E030 machine: cannot allocate %" PRIu64 " bytes of storage\n", storage);
        free(m);
        cli_out_close(q, "machine");
        return 2;
    }
    char err[256];
    struct load_result lr;
    if (machine_load(m, o.image, o.append, &lr, err, sizeof err)) {
        fprintf(stderr, "zsie: %s\n", err);
        machine_free(m);
        free(m);
        cli_out_close(q, "machine");
        return 2;
    }

    enum run_end end;
    if (machine_run(m, lr.psw_mask, lr.psw_ia, &end)) {
        fprintf(stderr, "zsie: E031 machine: cannot start the CPU threads\n");
        machine_free(m);
        free(m);
        cli_out_close(q, "machine");
        return 2;
    }
    console_flush(&m->console);
    if (o.dump)
        print_dump(cfg.console_out, m, o.dumps, o.ndumps);
    cli_out_close(q, "machine");
    int status = 0;
    struct cpu *bad = machine_error_wait(m);
    if (end == RUN_LOGOFF) {
        /* CP LOGOFF or SHUTDOWN through DIAGNOSE X'008': a clean end */
    } else if (end == RUN_LIMIT) {
        fprintf(stderr, "zsie: E041 instruction limit of %" PRIu64 " reached\n", o.max_insns);
        status = 3;
    } else if (end == RUN_TIMEOUT) {
        fprintf(stderr, "zsie: E042 timeout after %g seconds\n", o.timeout);
        status = 3;
    } else if (bad) {
        fprintf(stderr, "zsie: E040 disabled wait PSW %016" PRIX64 " %016" PRIX64 "\n", psw_mask(bad),
                bad->psw.ia);
        status = 1;
    }
    machine_free(m);
    free(m);
    return status;
}
