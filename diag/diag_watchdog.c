/* DIAGNOSE X'288': the virtual machine's watchdog ("time bomb"), in the two forms Linux's
 * drivers/watchdog/diag288_wdt.c issues.
 *
 *   Rx      bits 32-63 the function code: 0 init, 1 change, 2 cancel; bit 32 (X'80000000')
 *           is z/VM's CONCEAL flag, recorded
 *   Rx+1    bits 32-63 the interval in seconds (init, change): at least 15
 *   Ry      z/VM form: the real address of the CP command (EBCDIC) run on expiry;
 *           PR/SM form: the action code, 0 = restart
 *   Ry+1    z/VM form: the command length, 1-240; PR/SM form: 0
 *
 * A length of 0 in Ry+1 selects the PR/SM form (both hypervisors serve both forms).  Rx and
 * Ry must be even (register pairs).  Success is CC 0; every error is a specification
 * exception (an unknown function code, an interval under 15 s, a length over 240, an action
 * code other than 0, change or cancel when the watchdog is not armed), or an addressing
 * exception for a command outside storage, as Linux expects (it takes any program check as
 * -EINVAL).  Change sets a new interval and keeps the action init chose.
 *
 * The timer runs on the guest's TOD clock (host TOD + the epoch); the run controller looks
 * at it (diag_watchdog_poll) and on expiry performs the action once: IPL [CLEAR], SYSTEM
 * RESTART, SYSTEM RESET, SYSTEM CLEAR, BEGIN (nothing), and any other command through
 * diag_cp_command(), its response on the virtual console. */
#include <ctype.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "access.h"
#include "diag.h"
#include "ebcdic.h"
#include "timer.h"

#define FN_INIT 0
#define FN_CHANGE 1
#define FN_CANCEL 2
#define FN_CONCEAL 0x80000000u
#define MIN_INTERVAL 15 /* seconds, z/VM's and PR/SM's minimum */
#define ACTION_RESTART 0
#define TOD_PER_SEC 4096000000ULL /* bit 51 = 1 microsecond */

static uint64_t deadline_after(uint64_t now, uint32_t secs)
{
    uint64_t d = (uint64_t)secs * TOD_PER_SEC; /* < 2^64: 2^32 s fit */
    return d > UINT64_MAX - now ? UINT64_MAX : now + d;
}

static uint64_t guest_tod(const struct cpu *cpu)
{
    return tod_cpu(cpu);
}

/* Read the command (EBCDIC at real address a, n bytes) into out as upper-case ASCII,
 * trailing blanks and NULs dropped. */
static int read_cmd(struct diag_call *dc, uint64_t a, uint64_t n, char *out)
{
    uint8_t e[DIAG_WD_CMD_MAX];
    int rc = diag_read(dc, a, e, n);
    if (rc)
        return rc;
    size_t k = 0;
    for (uint64_t i = 0; i < n; i++) {
        unsigned char c = cp037_to_latin1(e[i]);
        out[k++] = (char)(c < 0x20 ? ' ' : toupper(c));
    }
    while (k && out[k - 1] == ' ')
        k--;
    out[k] = 0;
    return 0;
}

int diag_288(struct diag_call *dc)
{
    struct cpu *cpu = dc->cpu;
    struct diag_vm *vm = dc->vm;
    uint32_t func = (uint32_t)cpu->gr[dc->rx];
    uint32_t interval = (uint32_t)cpu->gr[dc->rx + 1];
    uint64_t action = cpu->gr[dc->ry];
    uint64_t len = cpu->gr[dc->ry + 1];
    uint32_t fn = func & ~FN_CONCEAL;
    struct diag_watchdog *wd = &vm->wd;
    if (fn > FN_CANCEL)
        return PGM_SPECIFICATION;
    if (fn != FN_CANCEL && interval < MIN_INTERVAL)
        return PGM_SPECIFICATION;
    char cmd[DIAG_WD_CMD_MAX + 1] = "";
    if (fn == FN_INIT) {
        if (len == 0) {
            if (action != ACTION_RESTART)
                return PGM_SPECIFICATION;
        } else {
            if (len > DIAG_WD_CMD_MAX)
                return PGM_SPECIFICATION;
            int rc = read_cmd(dc, action & amode_mask(cpu), len, cmd);
            if (rc)
                return rc;
        }
    }
    uint64_t now = guest_tod(cpu);
    pthread_mutex_lock(&vm->lock);
    if (fn != FN_INIT && !wd->armed) {
        pthread_mutex_unlock(&vm->lock);
        return PGM_SPECIFICATION;
    }
    if (fn == FN_CANCEL) {
        wd->armed = false;
    } else {
        if (fn == FN_INIT) {
            wd->lpar = len == 0;
            wd->conceal = (func & FN_CONCEAL) != 0;
            memcpy(wd->cmd, cmd, sizeof wd->cmd);
        }
        wd->armed = true;
        wd->interval = interval;
        wd->deadline = deadline_after(now, interval);
    }
    bool lpar = wd->lpar;
    memcpy(cmd, wd->cmd, sizeof cmd);
    pthread_mutex_unlock(&vm->lock);
    cpu->cc = 0;
    if (fn == FN_CANCEL)
        snprintf(dc->note, sizeof dc->note, "cancel");
    else if (lpar)
        snprintf(dc->note, sizeof dc->note, "%s %" PRIu32 " s, action restart", fn ? "change" : "init", interval);
    else
        snprintf(dc->note, sizeof dc->note, "%s %" PRIu32 " s, command '%.100s'", fn ? "change" : "init", interval,
                 cmd);
    return DIAG_DONE;
}

int64_t diag_watchdog_next_ns(struct diag_vm *vm, uint64_t now)
{
    pthread_mutex_lock(&vm->lock);
    int64_t ns = -1;
    if (vm->wd.armed) {
        uint64_t left = vm->wd.deadline > now ? vm->wd.deadline - now : 0;
        uint64_t us = left >> 12;
        ns = us > (uint64_t)INT64_MAX / 1000 ? INT64_MAX : (int64_t)(us * 1000);
    }
    pthread_mutex_unlock(&vm->lock);
    return ns;
}

void diag_watchdog_cancel(struct diag_vm *vm)
{
    pthread_mutex_lock(&vm->lock);
    vm->wd.armed = false;
    pthread_mutex_unlock(&vm->lock);
}

static void console_line(struct diag_vm *vm, const char *text)
{
    if (vm->ops && vm->ops->console)
        vm->ops->console(vm->host, vm, text);
}

/* Another CP command: its response lines on the virtual console, as z/VM shows them. */
static void run_command(struct diag_vm *vm, const char *cmd)
{
    char out[2048];
    size_t n = 0;
    int rc = diag_cp_command(vm, cmd, strlen(cmd), out, sizeof out - 1, &n, NULL); /* LOGOFF ends the run itself */
    out[n < sizeof out ? n : sizeof out - 1] = 0;
    for (char *line = out, *nl; *line; line = nl + 1) {
        nl = strchr(line, '\n');
        if (!nl) {
            console_line(vm, line);
            break;
        }
        *nl = 0;
        console_line(vm, line);
    }
    if (rc)
        fprintf(stderr, "zsie: E143 %s: the watchdog's CP command '%s' ended with code %d\n", vm->userid, cmd, rc);
}

static bool word_is(const char *s, const char *w)
{
    size_t n = strlen(w);
    return !strncmp(s, w, n) && (s[n] == 0 || s[n] == ' ');
}

static void perform(struct diag_vm *vm, bool lpar, const char *cmd)
{
    const struct diag_host_ops *ops = vm->ops;
    int kind = -1;
    bool restart = lpar;
    if (!lpar) {
        const char *p = cmd;
        while (*p == ' ')
            p++;
        const char *arg = strchr(p, ' ');
        while (arg && *arg == ' ')
            arg++;
        if (word_is(p, "IPL")) {
            kind = (arg && strstr(arg, "CLEAR")) ? DIAG_RESET_LOAD_CLEAR : DIAG_RESET_LOAD_NORMAL;
        } else if (word_is(p, "SYSTEM") && arg && word_is(arg, "RESTART")) {
            restart = true;
        } else if (word_is(p, "SYSTEM") && arg && word_is(arg, "RESET")) {
            kind = DIAG_RESET_SYSTEM_RESET;
        } else if (word_is(p, "SYSTEM") && arg && word_is(arg, "CLEAR")) {
            kind = DIAG_RESET_SYSTEM_CLEAR;
        } else if (word_is(p, "BEGIN") || !*p) {
            return; /* the virtual machine goes on */
        } else {
            run_command(vm, p);
            return;
        }
    }
    if (restart && ops && ops->restart)
        ops->restart(vm->host, vm);
    else if (kind >= 0 && ops && ops->reset)
        ops->reset(vm->host, vm, NULL, kind);
}

bool diag_watchdog_poll(struct diag_vm *vm, uint64_t now)
{
    char cmd[DIAG_WD_CMD_MAX + 1];
    pthread_mutex_lock(&vm->lock);
    struct diag_watchdog *wd = &vm->wd;
    if (!wd->armed || now < wd->deadline) {
        pthread_mutex_unlock(&vm->lock);
        return false;
    }
    wd->armed = false; /* one expiry, one action */
    wd->fired++;
    bool lpar = wd->lpar;
    uint32_t interval = wd->interval;
    memcpy(cmd, wd->cmd, sizeof cmd);
    pthread_mutex_unlock(&vm->lock);
    fprintf(stderr, "zsie: E142 %s: the watchdog (X'288') expired after %" PRIu32 " s: %s\n", vm->userid, interval,
            lpar ? "restart" : cmd);
    perform(vm, lpar, cmd);
    return true;
}
