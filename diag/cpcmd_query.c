/* QUERY: USERID, TIME, CPLEVEL, NAMES, VIRTUAL STORAGE, VIRTUAL CPUS, SET.  Each operand has
 * its own privilege classes (z/VM CP Commands and Utilities Reference); an operand the user
 * may not use is an invalid option for that user (HCPCQU003E), as on z/VM. */
#include <stdio.h>
#include <string.h>

#include "cpcmd.h"
#include "timer.h"

#define MOD "CQU"
#define NAMES_PER_LINE 4
/* the CPU identification QUERY VIRTUAL CPUS shows: version code X'FF' (a virtual machine),
 * the number and type STIDP stores (cpu/insn_sysinfo.c), and bits 48-63 X'8000' */
#define CPUID_NUMBER 0x05E1E
#define CPUID_TYPE 0x2817

static int q_userid(struct cpcmd *c)
{
    char w[CPCMD_WORD];
    size_t n = cpcmd_word(c, w);
    if (n && strcmp(w, "*")) {
        /* another user's */
        if (n > DIAG_USERID_LEN)
            return cpcmd_error(c, MOD, 7, "Invalid userid - %s", w);
        struct diag_vm_info info;
        if (cpcmd_more(c))
            return cpcmd_extra(c, MOD);
        if (!cpcmd_find(c, w, &info))
            return cpcmd_error(c, MOD, 45, "%s not logged on", w);
        cpcmd_line(c, "%-8s AT %s", info.userid, CPCMD_SYSTEM_NAME);
        return 0;
    }
    if (cpcmd_more(c))
        return cpcmd_extra(c, MOD);
    cpcmd_line(c, "%-8s AT %s", c->vm->userid, CPCMD_SYSTEM_NAME);
    return 0;
}

static int q_time(struct cpcmd *c)
{
    if (cpcmd_more(c))
        return cpcmd_extra(c, MOD);
    uint64_t now = tod_host();
    struct diag_vm_info self;
    cpcmd_self(c, &self);
    char t[64], acct[128];
    cpcmd_time_text(now, t, sizeof t);
    cpcmd_connect_line(&self, now, acct, sizeof acct);
    cpcmd_line(c, "TIME IS %s", t);
    cpcmd_line(c, "%s", acct);
    return 0;
}

static int q_cplevel(struct cpcmd *c)
{
    if (cpcmd_more(c))
        return cpcmd_extra(c, MOD);
    /* the system's IPL: the earliest logon */
    uint64_t ipl = 0;
    unsigned n = c->vm->ops && c->vm->ops->vm_count && c->vm->ops->vm_info ? c->vm->ops->vm_count(c->vm->host) : 0;
    for (unsigned i = 0; i < n; i++) {
        struct diag_vm_info info;
        if (c->vm->ops->vm_info(c->vm->host, i, &info) && info.logon_tod && (!ipl || info.logon_tod < ipl))
            ipl = info.logon_tod;
    }
    if (!ipl)
        ipl = tod_host();
    char at[40];
    cpcmd_date_time(ipl, at, sizeof at);
    /* the level X'000' and STSI 3.2.2 report too (diag.h DIAG_CP_*) */
    cpcmd_line(c, "%s Version %d Release %d.0, service level %04d (64-bit)", DIAG_CP_NAME, DIAG_CP_VERSION,
               DIAG_CP_RELEASE, DIAG_CP_SERVICE);
    cpcmd_line(c, "IPL at %s", at);
    return 0;
}

static int q_names(struct cpcmd *c)
{
    if (cpcmd_more(c))
        return cpcmd_extra(c, MOD);
    unsigned n = c->vm->ops && c->vm->ops->vm_count && c->vm->ops->vm_info ? c->vm->ops->vm_count(c->vm->host) : 0;
    char line[256];
    size_t len = 0;
    unsigned on_line = 0;
    for (unsigned i = 0; i < n; i++) {
        struct diag_vm_info info;
        if (!c->vm->ops->vm_info(c->vm->host, i, &info) || info.logged_off)
            continue;
        /* zsie's virtual machines have no terminal: every one is disconnected (DSC) */
        int k = snprintf(line + len, sizeof line - len, "%s%-8s - DSC", on_line ? " , " : "", info.userid);
        len += k > 0 ? (size_t)k : 0;
        if (++on_line == NAMES_PER_LINE) {
            cpcmd_line(c, "%s", line);
            len = 0;
            on_line = 0;
        }
    }
    if (on_line)
        cpcmd_line(c, "%s", line);
    return 0;
}

static int q_virtual_storage(struct cpcmd *c)
{
    char s[24];
    cpcmd_size(c->vm->storage, s, sizeof s);
    /* zsie's storage does not grow: MAX is the storage, nothing standby or reserved */
    cpcmd_line(c, "STORAGE = %s MAX = %s INC = 1M STANDBY = 0 RESERVED = 0", s, s);
    return 0;
}

static int q_virtual_cpus(struct cpcmd *c)
{
    struct diag_cpu_info cpus[DIAG_MAX_CPUS];
    unsigned n = c->vm->ops && c->vm->ops->cpus ? c->vm->ops->cpus(c->vm->host, c->vm, cpus, DIAG_MAX_CPUS) : 0;
    for (unsigned i = 0; i < n; i++) {
        unsigned a = cpus[i].cpu_addr;
        uint32_t id = ((a & 0xFu) << 20) | CPUID_NUMBER;
        cpcmd_line(c, "CPU %02X  ID  FF%06X%04X8000 %sCP   CPUAFF ON", a, (unsigned)id, (unsigned)CPUID_TYPE,
                   i == 0 ? "(BASE) " : cpus[i].stopped ? "STOPPED " : "");
    }
    return 0;
}

static int q_virtual(struct cpcmd *c)
{
    char w[CPCMD_WORD];
    if (!cpcmd_word(c, w))
        return cpcmd_missing(c, MOD);
    int (*fn)(struct cpcmd *) = NULL;
    if (cpcmd_abbrev(w, "STORAGE", 4))
        fn = q_virtual_storage;
    else if (cpcmd_abbrev(w, "CPUS", 4))
        fn = q_virtual_cpus;
    else
        return cpcmd_error(c, MOD, 3, "Invalid option - %s", w);
    if (cpcmd_more(c))
        return cpcmd_extra(c, MOD);
    return fn(c);
}

static int q_set(struct cpcmd *c)
{
    if (cpcmd_more(c))
        return cpcmd_extra(c, MOD);
    cpcmd_line(c, "MSG ON , WNG ON , EMSG ON , ACNT OFF, RUN %s", c->vm->set_run ? "ON" : "OFF");
    return 0;
}

struct query_def {
    const char *name;
    size_t min;
    const char *classes;
    cpcmd_fn *fn;
};

static const struct query_def queries[] = {
    {"USERID", 6, NULL, q_userid},
    {"TIME", 2, "G", q_time},
    {"CPLEVEL", 5, "G", q_cplevel},
    {"NAMES", 1, "EG", q_names},
    {"VIRTUAL", 1, "G", q_virtual},
    {"SET", 3, "G", q_set},
};

int cpcmd_query(struct cpcmd *c)
{
    char w[CPCMD_WORD];
    if (!cpcmd_word(c, w))
        return cpcmd_missing(c, MOD);
    for (size_t i = 0; i < sizeof queries / sizeof queries[0]; i++) {
        const struct query_def *q = &queries[i];
        if (cpcmd_abbrev(w, q->name, q->min) && cpcmd_has_class(c->vm, q->classes))
            return q->fn(c);
    }
    return cpcmd_error(c, MOD, 3, "Invalid option - %s", w);
}
