/* The CP command interpreter: the command table (names, shortest abbreviations, privilege
 * classes), one command line of several commands, and the helpers the commands share.
 * Responses and message numbers are z/VM's (z/VM CP Commands and Utilities Reference,
 * z/VM CP Messages and Codes); docs/diag-cp.md lists them. */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "cpcmd.h"
#include "timer.h"

#define TOD_US_SHIFT 12
#define EPOCH_1900_TO_1970 2208988800ULL

struct cpcmd_def {
    const char *name;
    size_t min;            /* shortest abbreviation */
    const char *classes;   /* NULL: any class */
    cpcmd_fn *fn;
};

/* Classes as z/VM's reference gives them.  QUERY and its operands: each operand has its
 * own (cpcmd_query.c). */
static const struct cpcmd_def commands[] = {
    {"QUERY", 1, NULL, cpcmd_query},
    {"MESSAGE", 1, NULL, cpcmd_message}, /* MESSAGE (User): any class */
    {"MSG", 3, NULL, cpcmd_message},
    {"SET", 3, "G", cpcmd_set},          /* SET RUN: class G */
    {"INDICATE", 3, "EG", cpcmd_indicate},
    {"LOGOFF", 3, NULL, cpcmd_logoff},
    {"LOGOUT", 4, NULL, cpcmd_logoff},
    {"FORCE", 5, "A", cpcmd_force},      /* no abbreviation */
    {"SHUTDOWN", 8, "A", cpcmd_shutdown}, /* no abbreviation: it ends the system */
};

/* ---- words ---- */

size_t cpcmd_word(struct cpcmd *c, char *w)
{
    const char *p = c->p;
    while (p < c->end && *p == ' ')
        p++;
    size_t n = 0;
    while (p < c->end && *p != ' ') {
        if (n + 1 < CPCMD_WORD)
            w[n] = (char)toupper((unsigned char)*p);
        n++;
        p++;
    }
    w[n < CPCMD_WORD ? n : CPCMD_WORD - 1] = 0;
    c->p = p;
    return n;
}

bool cpcmd_more(const struct cpcmd *c)
{
    for (const char *p = c->p; p < c->end; p++)
        if (*p != ' ')
            return true;
    return false;
}

const char *cpcmd_rest(struct cpcmd *c, size_t *len)
{
    const char *p = c->p;
    while (p < c->end && *p == ' ')
        p++;
    c->p = c->end;
    *len = (size_t)(c->end - p);
    return p;
}

bool cpcmd_abbrev(const char *w, const char *full, size_t min)
{
    size_t n = strlen(w);
    return n >= min && n <= strlen(full) && !strncmp(w, full, n);
}

bool cpcmd_has_class(const struct diag_vm *vm, const char *classes)
{
    if (!classes)
        return true;
    for (const char *k = classes; *k; k++)
        if (strchr(vm->classes, *k))
            return true;
    return false;
}

/* ---- responses ---- */

static void vline(struct cpcmd *c, const char *fmt, va_list ap)
{
    char line[512];
    int n = vsnprintf(line, sizeof line, fmt, ap);
    if (n < 0)
        return;
    size_t l = (size_t)n < sizeof line ? (size_t)n : sizeof line - 1;
    if (c->len + l + 1 > c->room)
        return; /* the response area is full: the line is dropped whole */
    memcpy(c->out + c->len, line, l);
    c->len += l;
    c->out[c->len++] = '\n';
}

void cpcmd_line(struct cpcmd *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vline(c, fmt, ap);
    va_end(ap);
}

int cpcmd_error(struct cpcmd *c, const char *mod, int number, const char *fmt, ...)
{
    char text[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    cpcmd_line(c, "HCP%s%03dE %s", mod, number, text);
    return number;
}

int cpcmd_extra(struct cpcmd *c, const char *mod)
{
    /* the extra word itself: back up over it */
    const char *p = c->p;
    while (p < c->end && *p == ' ')
        p++;
    const char *e = p;
    while (e < c->end && *e != ' ')
        e++;
    return cpcmd_error(c, mod, 3, "Invalid option - command contains extra option(s) starting with %.*s",
                       (int)(e - p < 40 ? e - p : 40), p);
}

int cpcmd_missing(struct cpcmd *c, const char *mod)
{
    return cpcmd_error(c, mod, 26, "Operand missing or invalid");
}

/* ---- the system ---- */

static unsigned vm_count(struct cpcmd *c)
{
    const struct diag_vm *vm = c->vm;
    return vm->ops && vm->ops->vm_count && vm->ops->vm_info ? vm->ops->vm_count(vm->host) : 0;
}

bool cpcmd_find(struct cpcmd *c, const char *userid, struct diag_vm_info *out)
{
    unsigned n = vm_count(c);
    for (unsigned i = 0; i < n; i++)
        if (c->vm->ops->vm_info(c->vm->host, i, out) && !out->logged_off && !strcasecmp(out->userid, userid))
            return true;
    return false;
}

bool cpcmd_self(struct cpcmd *c, struct diag_vm_info *out)
{
    if (cpcmd_find(c, c->vm->userid, out))
        return true;
    /* a system that cannot list its machines: what this one knows of itself */
    memset(out, 0, sizeof *out);
    snprintf(out->userid, sizeof out->userid, "%s", c->vm->userid);
    out->ncpus = c->vm->ncpus;
    out->storage = c->vm->storage;
    out->logon_tod = tod_host();
    return false;
}

unsigned cpcmd_logged_on(struct cpcmd *c)
{
    unsigned n = vm_count(c), on = 0;
    struct diag_vm_info info;
    for (unsigned i = 0; i < n; i++)
        if (c->vm->ops->vm_info(c->vm->host, i, &info) && !info.logged_off)
            on++;
    return on;
}

/* ---- texts ---- */

void cpcmd_size(uint64_t bytes, char *buf, size_t n)
{
    static const char units[] = "KMGTPE";
    uint64_t v = bytes;
    int u = -1;
    while (v && !(v & 1023) && u < 5) {
        v >>= 10;
        u++;
    }
    if (u < 0)
        snprintf(buf, n, "%lluB", (unsigned long long)v);
    else
        snprintf(buf, n, "%llu%c", (unsigned long long)v, units[u]);
}

static void tod_tm(uint64_t tod, struct tm *tm)
{
    time_t t = (time_t)((tod >> TOD_US_SHIFT) / 1000000u - EPOCH_1900_TO_1970);
    gmtime_r(&t, tm);
}

void cpcmd_time_text(uint64_t tod, char *buf, size_t n)
{
    static const char *const days[] = {"SUNDAY",   "MONDAY", "TUESDAY", "WEDNESDAY",
                                       "THURSDAY", "FRIDAY", "SATURDAY"};
    struct tm tm;
    tod_tm(tod, &tm);
    snprintf(buf, n, "%02d:%02d:%02d UTC %s %02d/%02d/%02d", tm.tm_hour, tm.tm_min, tm.tm_sec, days[tm.tm_wday % 7],
             tm.tm_mon + 1, tm.tm_mday, tm.tm_year % 100);
}

void cpcmd_date_time(uint64_t tod, char *buf, size_t n)
{
    struct tm tm;
    tod_tm(tod, &tm);
    snprintf(buf, n, "%02d/%02d/%02d %02d:%02d:%02d UTC", tm.tm_mon + 1, tm.tm_mday, tm.tm_year % 100, tm.tm_hour,
             tm.tm_min, tm.tm_sec);
}

/* mmm:ss.hh of a CPU time in microseconds */
static void cpu_time(uint64_t us, char *buf, size_t n)
{
    uint64_t hs = us / 10000;
    snprintf(buf, n, "%03llu:%02llu.%02llu", (unsigned long long)(hs / 6000 % 1000),
             (unsigned long long)(hs / 100 % 60), (unsigned long long)(hs % 100));
}

void cpcmd_connect_line(const struct diag_vm_info *self, uint64_t now_tod, char *buf, size_t n)
{
    uint64_t s = now_tod > self->logon_tod ? ((now_tod - self->logon_tod) >> TOD_US_SHIFT) / 1000000u : 0;
    char v[16];
    cpu_time(self->cpu_time_us, v, sizeof v);
    /* the CP does its work on the virtual CPU's own thread: virtual and total CPU time are
     * the same figure in zsie */
    snprintf(buf, n, "CONNECT= %02llu:%02llu:%02llu VIRTCPU= %s TOTCPU= %s", (unsigned long long)(s / 3600 % 100),
             (unsigned long long)(s / 60 % 60), (unsigned long long)(s % 60), v, v);
}

/* ---- one command, a command line ---- */

static int one_command(struct cpcmd *c)
{
    char w[CPCMD_WORD];
    if (!cpcmd_word(c, w))
        return 0; /* a blank command does nothing */
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        const struct cpcmd_def *d = &commands[i];
        if (cpcmd_abbrev(w, d->name, d->min) && cpcmd_has_class(c->vm, d->classes))
            return d->fn(c);
    }
    /* a command the user's classes do not include does not exist for that user */
    return cpcmd_error(c, "CMD", 1, "Unknown CP command: %s", w);
}

int diag_cp_command(struct diag_vm *vm, const char *cmd, size_t len, char *out, size_t room, size_t *out_len,
                    bool *stop)
{
    struct cpcmd c = {.vm = vm, .out = out, .room = room};
    int rc = 0;
    const char *p = cmd, *end = cmd + len;
    while (p <= end && !c.stop) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *e = nl ? nl : end;
        c.p = p;
        c.end = e;
        rc = one_command(&c);
        if (!nl)
            break;
        p = nl + 1;
    }
    *out_len = c.len;
    if (stop)
        *stop = c.stop;
    return rc;
}
