/* The commands that reach a user or the system: MESSAGE, SET RUN, INDICATE USER, LOGOFF,
 * FORCE and SHUTDOWN.  What acts on another virtual machine goes through the hypervisor's
 * operations (struct diag_host_ops): a command never touches another machine's storage, and
 * FORCE and SHUTDOWN need class A (cpcmd.c's table). */
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "cpcmd.h"
#include "timer.h"

#define TOD_PER_SECOND (1000000ULL << 12)

static bool userid_word(struct cpcmd *c, char *w, size_t *n)
{
    *n = cpcmd_word(c, w);
    return *n > 0 && *n <= DIAG_USERID_LEN;
}

/* ---- MESSAGE userid|* text ---- */

int cpcmd_message(struct cpcmd *c)
{
    char to[CPCMD_WORD];
    size_t n;
    if (!userid_word(c, to, &n))
        return cpcmd_error(c, "MSG", 20, "Userid missing or invalid");
    size_t tlen;
    const char *text = cpcmd_rest(c, &tlen);
    char msg[256];
    snprintf(msg, sizeof msg, "%.*s", (int)(tlen < sizeof msg - 1 ? tlen : sizeof msg - 1), text);
    const char *target = strcmp(to, "*") ? to : c->vm->userid;
    const struct diag_host_ops *ops = c->vm->ops;
    if (!ops || !ops->message || ops->message(c->vm->host, c->vm, target, msg))
        return cpcmd_error(c, "MSG", 45, "%s not logged on", target);
    return 0; /* no response when the message went */
}

/* ---- SET RUN ON|OFF ---- */

int cpcmd_set(struct cpcmd *c)
{
    char w[CPCMD_WORD];
    if (!cpcmd_word(c, w))
        return cpcmd_missing(c, "SET");
    if (strcmp(w, "RUN"))
        return cpcmd_error(c, "SET", 3, "Invalid option - %s", w);
    if (!cpcmd_word(c, w))
        return cpcmd_missing(c, "SET");
    bool on;
    if (!strcmp(w, "ON"))
        on = true;
    else if (!strcmp(w, "OFF"))
        on = false;
    else
        return cpcmd_error(c, "SET", 3, "Invalid option - %s", w);
    if (cpcmd_more(c))
        return cpcmd_extra(c, "SET");
    /* zsie has no CP READ state for RUN to leave: the setting is kept and QUERY SET shows it */
    c->vm->set_run = on;
    return 0;
}

/* ---- INDICATE USER [*|userid] ---- */

static void mmm_ss(uint64_t us, char *buf, size_t n)
{
    uint64_t s = us / 1000000u;
    snprintf(buf, n, "%03llu:%02llu", (unsigned long long)(s / 60 % 1000), (unsigned long long)(s % 60));
}

int cpcmd_indicate(struct cpcmd *c)
{
    char w[CPCMD_WORD];
    if (!cpcmd_word(c, w))
        return cpcmd_missing(c, "IND");
    if (strcmp(w, "USER"))
        return cpcmd_error(c, "IND", 3, "Invalid option - %s", w);
    struct diag_vm_info info;
    bool self = true;
    size_t n = cpcmd_word(c, w);
    if (n && strcmp(w, "*") && strcasecmp(w, c->vm->userid)) {
        /* another user's figures: class E (the system analyst) */
        if (!cpcmd_has_class(c->vm, "E"))
            return cpcmd_error(c, "IND", 3, "Invalid option - %s", w);
        if (n > DIAG_USERID_LEN)
            return cpcmd_error(c, "IND", 20, "Userid missing or invalid");
        if (!cpcmd_find(c, w, &info))
            return cpcmd_error(c, "IND", 45, "%s not logged on", w);
        self = false;
    } else {
        cpcmd_self(c, &info);
    }
    if (cpcmd_more(c))
        return cpcmd_extra(c, "IND");
    char stor[24];
    cpcmd_size(info.storage, stor, sizeof stor);
    uint64_t pages = info.storage >> 12;
    cpcmd_line(c, "USERID=%-8s MACH=Z STOR=%s VIRT=V XSTORE=NONE", info.userid, stor);
    cpcmd_line(c, "PAGES: RES=%08llu WS=%08llu LOCKEDREAL=00000000 RESVD=00000000", (unsigned long long)pages,
               (unsigned long long)pages);
    uint64_t now = tod_host();
    uint64_t connect_s = now > info.logon_tod ? (now - info.logon_tod) / TOD_PER_SECOND : 0;
    char ctime[16];
    snprintf(ctime, sizeof ctime, "%02llu:%02llu", (unsigned long long)(connect_s / 3600 % 100),
             (unsigned long long)(connect_s / 60 % 60));
    struct diag_cpu_info cpus[DIAG_MAX_CPUS];
    unsigned ncpu = 0;
    if (self && c->vm->ops && c->vm->ops->cpus)
        ncpu = c->vm->ops->cpus(c->vm->host, c->vm, cpus, DIAG_MAX_CPUS);
    if (!ncpu) {
        /* another machine's CPUs are not listed one by one: its totals on its base CPU */
        memset(&cpus[0], 0, sizeof cpus[0]);
        cpus[0].cpu_time_us = info.cpu_time_us;
        ncpu = 1;
    }
    for (unsigned i = 0; i < ncpu; i++) {
        char t[16];
        mmm_ss(cpus[i].cpu_time_us, t, sizeof t);
        cpcmd_line(c, "CPU %02X: CTIME=%s VTIME=%s TTIME=%s IO=000000", cpus[i].cpu_addr, ctime, t, t);
        cpcmd_line(c, "        RDR=000000 PRT=000000 PCH=000000");
    }
    return 0;
}

/* ---- LOGOFF, FORCE, SHUTDOWN ---- */

/* This machine's end: the accounting lines on its console, then the hypervisor ends its
 * run; the issuing CPU leaves (c->stop). */
static void log_self_off(struct cpcmd *c, const char *by)
{
    struct diag_vm *vm = c->vm;
    struct diag_vm_info self;
    cpcmd_self(c, &self);
    uint64_t now = tod_host();
    char acct[128], t[64], line[160];
    cpcmd_connect_line(&self, now, acct, sizeof acct);
    cpcmd_time_text(now, t, sizeof t);
    snprintf(line, sizeof line, "LOGOFF AT %s%s%s", t, by ? " BY " : "", by ? by : "");
    if (vm->ops && vm->ops->console) {
        vm->ops->console(vm->host, vm, acct);
        vm->ops->console(vm->host, vm, line);
    }
    atomic_store(&vm->logged_off, true);
    if (vm->ops && vm->ops->logoff)
        vm->ops->logoff(vm->host, vm);
    c->stop = true;
}

int cpcmd_logoff(struct cpcmd *c)
{
    char w[CPCMD_WORD];
    if (cpcmd_word(c, w) && !cpcmd_abbrev(w, "HOLD", 2))
        return cpcmd_error(c, "LOG", 3, "Invalid option - %s", w);
    if (cpcmd_more(c))
        return cpcmd_extra(c, "LOG");
    log_self_off(c, NULL);
    return 0;
}

int cpcmd_force(struct cpcmd *c)
{
    char who[CPCMD_WORD];
    size_t n;
    if (!userid_word(c, who, &n))
        return cpcmd_error(c, "FRC", 20, "Userid missing or invalid");
    if (cpcmd_more(c))
        return cpcmd_extra(c, "FRC");
    if (!strcasecmp(who, c->vm->userid)) {
        log_self_off(c, "SYSTEM");
        return 0;
    }
    const struct diag_host_ops *ops = c->vm->ops;
    struct diag_vm_info target;
    if (!cpcmd_find(c, who, &target) || !ops->force)
        return cpcmd_error(c, "FRC", 45, "%s not logged on", who);
    char t[64], line[160];
    cpcmd_time_text(tod_host(), t, sizeof t);
    snprintf(line, sizeof line, "LOGOFF AT %s BY SYSTEM", t);
    if (ops->console_to)
        ops->console_to(c->vm->host, target.userid, line);
    if (ops->force(c->vm->host, target.userid))
        return cpcmd_error(c, "FRC", 45, "%s not logged on", who);
    cpcmd_line(c, "USER DSC LOGOFF AS %-8s USERS = %03u FORCED BY %s", target.userid, cpcmd_logged_on(c),
               c->vm->userid);
    return 0;
}

int cpcmd_shutdown(struct cpcmd *c)
{
    if (cpcmd_more(c))
        return cpcmd_extra(c, "SHU");
    const struct diag_host_ops *ops = c->vm->ops;
    unsigned n = ops && ops->vm_count && ops->vm_info ? ops->vm_count(c->vm->host) : 0;
    for (unsigned i = 0; i < n; i++) {
        struct diag_vm_info info;
        if (ops->vm_info(c->vm->host, i, &info) && !info.logged_off && ops->console_to)
            ops->console_to(c->vm->host, info.userid, "SYSTEM SHUTDOWN STARTED");
    }
    if (!n && ops && ops->console)
        ops->console(c->vm->host, c->vm, "SYSTEM SHUTDOWN STARTED");
    atomic_store(&c->vm->logged_off, true);
    if (ops && ops->shutdown)
        ops->shutdown(c->vm->host);
    else if (ops && ops->logoff)
        ops->logoff(c->vm->host, c->vm);
    c->stop = true;
    return 0;
}
