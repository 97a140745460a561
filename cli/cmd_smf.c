/* `zsie smf print|export`: decode an SMF data set (RDW format) for people or for tools.
 * Exit status: 0 all records good; 1 the data set holds a bad record (the good records
 * before it, and any that still frame after a bad one, are printed first); 2 usage or an
 * unreadable file. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "cli.h"
#include "host_services/smf_reader.h"
#include "host_services/smf_types.h"
#include "options.h"

struct filter {
    bool by_type, by_user, by_since;
    unsigned type;
    const char *user;
    int year, yday;            /* --since, as a date and hundredths of a second */
    uint32_t hundredths;
};

void smf_usage(FILE *f)
{
    fprintf(f, "usage: zsie smf print FILE [--type N] [--user ID] [--since T]\n"
               "       zsie smf export --json FILE [--type N] [--user ID] [--since T]\n"
               "  print    decode each record of the SMF data set FILE (RDW format) as a block of lines\n"
               "  export   write one JSON object per record and line\n"
               "  --type N      only records of type N (0-255)\n"
               "  --user ID     only records of user ID (types 80, 200, 201)\n"
               "  --since T     only records written at or after T (UTC): YYYY-MM-DD[THH:MM[:SS]]\n"
               "  exit status: 0 good; 1 the data set holds bad records; 2 usage or unreadable file\n");
}

static bool days_in(int y, int m, int d, int *yday)
{
    static const int cum[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    static const int mlen[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || d > mlen[m - 1] + (m == 2 && leap))
        return false;
    *yday = cum[m - 1] + d + (m > 2 && leap);
    return true;
}

static bool parse_since(const char *s, struct filter *f)
{
    int y, mo, d, h = 0, mi = 0, sec = 0, n = 0;
    size_t l = strlen(s);
    if (sscanf(s, "%4d-%2d-%2d%n", &y, &mo, &d, &n) != 3 || n != 10)
        return false;
    if (l > 10) {
        int n2 = 0;
        if ((s[10] != 'T' && s[10] != ' ') || sscanf(s + 11, "%2d:%2d%n", &h, &mi, &n2) != 2 || n2 != 5)
            return false;
        if (l > 16) {
            int n3 = 0;
            if (sscanf(s + 16, ":%2d%n", &sec, &n3) != 1 || n3 != 3 || l != 19)
                return false;
        } else if (l != 16) {
            return false;
        }
    }
    if (y < 1900 || y > 2899 || h > 23 || mi > 59 || sec > 59 || h < 0 || mi < 0 || sec < 0 ||
        !days_in(y, mo, d, &f->yday))
        return false;
    f->year = y;
    f->hundredths = (uint32_t)((h * 3600 + mi * 60 + sec) * 100);
    f->by_since = true;
    return true;
}

static bool selected(const struct filter *f, const struct smf_decoded *d)
{
    if (f->by_type && d->type != f->type)
        return false;
    if (f->by_user) {
        const char *u = smf_decoded_user(d);
        if (!u || strcasecmp(u, f->user))
            return false;
    }
    if (f->by_since) {
        if (!d->date_ok || !d->time_ok)
            return false;
        if (d->year != f->year)
            return d->year > f->year;
        if (d->yday != f->yday)
            return d->yday > f->yday;
        return d->tme >= f->hundredths;
    }
    return true;
}

/* ---- text out: Latin-1 to UTF-8, controls shown as '.' (print) or escaped (JSON) ---- */
static void put_text(FILE *o, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p < 0x20 || (*p >= 0x7F && *p < 0xA0))
            fputc('.', o);
        else if (*p < 0x80)
            fputc(*p, o);
        else
            fputc(0xC0 | *p >> 6, o), fputc(0x80 | (*p & 0x3F), o);
    }
}

static void json_str(FILE *o, const char *key, const char *s)
{
    fprintf(o, ",\"%s\":\"", key);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            fputc('\\', o), fputc(*p, o);
        else if (*p < 0x20 || (*p >= 0x7F && *p < 0xA0))
            fprintf(o, "\\u%04x", *p);
        else if (*p < 0x80)
            fputc(*p, o);
        else
            fputc(0xC0 | *p >> 6, o), fputc(0x80 | (*p & 0x3F), o);
    }
    fputc('"', o);
}

static void json_u64(FILE *o, const char *key, uint64_t v)
{
    fprintf(o, ",\"%s\":%llu", key, (unsigned long long)v);
}

/* TOD values pass 2^53, where JSON readers that use doubles lose digits: hex strings */
static void json_tod(FILE *o, const char *key, uint64_t v)
{
    fprintf(o, ",\"%s\":\"%016llx\"", key, (unsigned long long)v);
}

/* A TOD clock value (bit 51 = 1 microsecond, epoch 1900-01-01 UTC) as text. */
static void tod_text(uint64_t tod, char *buf, size_t n)
{
    if (tod == 0) {
        snprintf(buf, n, "none");
        return;
    }
    uint64_t us = tod >> 12;
    long long secs = (long long)(us / 1000000) - 2208988800LL; /* 1900 -> 1970 */
    time_t t = (time_t)secs;
    struct tm tm;
    if (secs < 0 || !gmtime_r(&t, &tm)) {
        snprintf(buf, n, "TOD %016llx", (unsigned long long)tod);
        return;
    }
    snprintf(buf, n, "%04d-%02d-%02d %02d:%02d:%02d.%06u UTC (TOD %016llx)", tm.tm_year + 1900, tm.tm_mon + 1,
             tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, (unsigned)(us % 1000000), (unsigned long long)tod);
}

static const char *const evq_names[] = {"success", "insufficient authority", "profile not found",
                                        "allowed by WARNING"};

static const char *access_text(int a, uint8_t byte, char *buf)
{
    if (a == -1)
        return "absent";
    if (a == -2) {
        sprintf(buf, "X'%02X'", byte);
        return buf;
    }
    return smf_access_name(a);
}

static void print_record(FILE *o, uint64_t n, uint64_t off, const struct smf_decoded *d, const uint8_t *rec)
{
    const char *tn = smf_type_name(d->type);
    if (d->type == SMF_TYPE_GHAPI || d->type == SMF_TYPE_VMACCT)
        tn = strcmp(d->ssi, SMF_ZSIE_SSI) ? "installation" : tn;
    fprintf(o, "record %llu at offset %llu, %u bytes\n", (unsigned long long)n, (unsigned long long)off, d->len);
    fprintf(o, "  type        %u%s%s%s", d->type, tn ? " (" : "", tn ? tn : "", tn ? ")" : "");
    if (d->has_subtype) {
        const char *sn = strcmp(d->ssi, SMF_ZSIE_SSI) ? NULL : smf_subtype_name(d->type, d->subtype);
        fprintf(o, " subtype %u%s%s%s", d->subtype, sn ? " (" : "", sn ? sn : "", sn ? ")" : "");
    }
    fputc('\n', o);
    fputs("  written     ", o);
    if (d->date_ok)
        fprintf(o, "%04d-%02d-%02d (%04d.%03d)", d->year, d->month, d->mday, d->year, d->yday);
    else
        fprintf(o, "bad date %08X", d->dte);
    if (d->time_ok)
        fprintf(o, " %02u:%02u:%02u.%02u UTC\n", d->hh, d->mm, d->ss, d->hs);
    else
        fprintf(o, " bad time %u\n", d->tme);
    fputs("  system      ", o);
    put_text(o, d->sid);
    if (d->has_subtype) {
        fputs("  subsystem ", o);
        put_text(o, d->ssi);
    }
    fputc('\n', o);
    char t1[96], t2[96];
    if (d->type == SMF_TYPE_RACF) {
        const typeof(d->u.r80) *r = &d->u.r80;
        fprintf(o, "  event       %u", r->evt);
        if (r->evt == SMF80_EVT_ACCESS)
            fprintf(o, " (resource access) qualifier %u (%s)", r->evq, r->evq < 4 ? evq_names[r->evq] : "?");
        else
            fprintf(o, " qualifier %u", r->evq);
        fprintf(o, "\n  descriptor  X'%04X'%s%s\n", r->des, r->des & SMF80DES_VIOLATION ? " violation" : "",
                r->des & SMF80DES_WARNING ? " warning" : "");
        fputs("  user        ", o), put_text(o, r->user);
        fputs("\n  group       ", o), put_text(o, r->group);
        if (r->has_class)
            fputs("\n  class       ", o), put_text(o, r->class_name);
        if (r->has_resource)
            fputs("\n  resource    ", o), put_text(o, r->resource);
        if (r->has_profile) {
            fputs("\n  profile     ", o), put_text(o, r->profile);
            fputs(r->generic ? " (generic)" : " (discrete)", o);
        }
        fprintf(o, "\n  intent      %s\n  allowed     %s\n", access_text(r->intent, r->intent_byte, t1),
                access_text(r->allowed, r->allowed_byte, t2));
    } else if (d->type == SMF_TYPE_GHAPI && !strcmp(d->ssi, SMF_ZSIE_SSI)) {
        const typeof(d->u.t200) *g = &d->u.t200;
        fputs("  user        ", o), put_text(o, g->user);
        fputs("\n  vm          ", o), put_text(o, g->vm);
        fputs("\n  application ", o), put_text(o, g->app);
        fputs(" version ", o), put_text(o, g->ver);
        tod_text(g->start, t1, sizeof t1);
        tod_text(g->stop, t2, sizeof t2);
        fprintf(o, "\n  start       %s\n  stop        %s\n  event code  %u\n  data        %zu bytes",
                t1, t2, g->code, g->data_len);
        for (size_t i = 0; i < g->data_len && i < 64; i++)
            fprintf(o, "%s%02X", i ? "" : " ", g->data[i]);
        fputs(g->data_len > 64 ? "...\n" : "\n", o);
    } else if (d->type == SMF_TYPE_VMACCT && !strcmp(d->ssi, SMF_ZSIE_SSI)) {
        const typeof(d->u.t201) *a = &d->u.t201;
        fputs("  user        ", o), put_text(o, a->user);
        tod_text(a->logon, t1, sizeof t1);
        tod_text(a->logoff, t2, sizeof t2);
        fprintf(o, "\n  logon       %s\n  logoff      %s\n", t1, t2);
        fprintf(o, "  elapsed     %llu.%06llu s\n  cpu         %llu.%06llu s\n  instructions %llu\n",
                (unsigned long long)(a->elapsed / 1000000), (unsigned long long)(a->elapsed % 1000000),
                (unsigned long long)(a->cpu / 1000000), (unsigned long long)(a->cpu % 1000000),
                (unsigned long long)a->insns);
        fprintf(o, "  sie exits   %llu", (unsigned long long)a->exits);
        for (unsigned i = 0; i < a->n_sie; i++) {
            const struct smf201_count *c = (const struct smf201_count *)a->sie + i;
            fprintf(o, "%s code X'%02X' %llu", i ? "," : ":", smf_get16(c->code), (unsigned long long)smf_get64(c->count));
        }
        fprintf(o, "\n  ghapi calls %llu", (unsigned long long)a->calls);
        for (unsigned i = 0; i < a->n_ghapi; i++) {
            const struct smf201_count *c = (const struct smf201_count *)a->ghapi + i;
            fprintf(o, "%s function %u %llu", i ? "," : ":", smf_get16(c->code), (unsigned long long)smf_get64(c->count));
        }
        fputc('\n', o);
    }
    (void)rec;
    fputc('\n', o);
}

static void json_counts(FILE *o, const char *key, const uint8_t *p, unsigned n)
{
    fprintf(o, ",\"%s\":[", key);
    for (unsigned i = 0; i < n; i++) {
        const struct smf201_count *c = (const struct smf201_count *)p + i;
        fprintf(o, "%s{\"code\":%u,\"count\":%llu}", i ? "," : "", smf_get16(c->code),
                (unsigned long long)smf_get64(c->count));
    }
    fputc(']', o);
}

static void export_record(FILE *o, uint64_t off, const struct smf_decoded *d)
{
    fprintf(o, "{\"offset\":%llu,\"length\":%u,\"type\":%u,\"flags\":%u", (unsigned long long)off, d->len, d->type,
            d->flg);
    if (d->has_subtype)
        fprintf(o, ",\"subtype\":%u", d->subtype);
    char buf[64];
    if (d->date_ok) {
        snprintf(buf, sizeof buf, "%04d-%02d-%02d", d->year, d->month, d->mday);
        json_str(o, "date", buf);
    } else {
        fputs(",\"date\":null", o);
    }
    if (d->time_ok) {
        snprintf(buf, sizeof buf, "%02u:%02u:%02u.%02u", d->hh, d->mm, d->ss, d->hs);
        json_str(o, "time", buf);
    } else {
        fputs(",\"time\":null", o);
    }
    json_str(o, "sid", d->sid);
    if (d->has_subtype)
        json_str(o, "ssi", d->ssi);
    bool ours = !strcmp(d->ssi, SMF_ZSIE_SSI);
    if (d->type == SMF_TYPE_RACF) {
        const typeof(d->u.r80) *r = &d->u.r80;
        fprintf(o, ",\"event\":%u,\"qualifier\":%u,\"descriptor\":%u,\"violation\":%s,\"warning\":%s", r->evt, r->evq,
                r->des, r->des & SMF80DES_VIOLATION ? "true" : "false", r->des & SMF80DES_WARNING ? "true" : "false");
        json_str(o, "user", r->user);
        json_str(o, "group", r->group);
        if (r->has_class)
            json_str(o, "class", r->class_name);
        if (r->has_resource)
            json_str(o, "resource", r->resource);
        if (r->has_profile) {
            json_str(o, "profile", r->profile);
            fprintf(o, ",\"generic\":%s", r->generic ? "true" : "false");
        }
        char t[16];
        if (r->intent != -1)
            json_str(o, "intent", access_text(r->intent, r->intent_byte, t));
        if (r->allowed != -1)
            json_str(o, "allowed", access_text(r->allowed, r->allowed_byte, t));
    } else if (d->type == SMF_TYPE_GHAPI && ours) {
        const typeof(d->u.t200) *g = &d->u.t200;
        json_str(o, "user", g->user);
        json_str(o, "vm", g->vm);
        json_str(o, "application", g->app);
        json_str(o, "version", g->ver);
        json_tod(o, "start_tod", g->start);
        json_tod(o, "stop_tod", g->stop);
        json_u64(o, "event_code", g->code);
        fputs(",\"data_hex\":\"", o);
        for (size_t i = 0; i < g->data_len; i++)
            fprintf(o, "%02x", g->data[i]);
        fputc('"', o);
    } else if (d->type == SMF_TYPE_VMACCT && ours) {
        const typeof(d->u.t201) *a = &d->u.t201;
        json_str(o, "user", a->user);
        json_tod(o, "logon_tod", a->logon);
        json_tod(o, "logoff_tod", a->logoff);
        json_u64(o, "elapsed_us", a->elapsed);
        json_u64(o, "cpu_us", a->cpu);
        json_u64(o, "instructions", a->insns);
        json_u64(o, "sie_exits_total", a->exits);
        json_counts(o, "sie_exits", a->sie, a->n_sie);
        json_u64(o, "ghapi_calls_total", a->calls);
        json_counts(o, "ghapi_calls", a->ghapi, a->n_ghapi);
    }
    fputs("}\n", o);
}

int cmd_smf(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        smf_usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    bool export = !strcmp(argv[1], "export"), json = false;
    if (!export && strcmp(argv[1], "print"))
        return usage_error("E257 smf: unknown subcommand '%s' (print or export)", argv[1]);
    struct filter f = {0};
    const char *file = NULL;
    static const char *const names[] = {"--type", "--user", "--since"};
    for (int i = 2; i < argc; i++) {
        const char *arg = argv[i], *val;
        if (export && !strcmp(arg, "--json")) {
            json = true;
            continue;
        }
        if (arg[0] != '-' || !arg[1]) {
            if (file)
                return usage_error("E257 smf: more than one data set ('%s')", arg);
            file = arg;
            continue;
        }
        const char *name = match_value_option(arg, names, 3, &val);
        if (!name)
            return usage_error("E257 smf: unknown option '%s' (try zsie smf --help)", arg);
        if (!val) {
            if (i + 1 >= argc)
                return usage_error("E257 smf: option %s needs a value", name);
            val = argv[++i];
        }
        uint64_t v;
        if (!strcmp(name, "--type")) {
            if (!parse_u64(val, 10, &v) || v > 255)
                return usage_error("E257 smf: invalid record type '%s' (0-255)", val);
            f.by_type = true;
            f.type = (unsigned)v;
        } else if (!strcmp(name, "--user")) {
            if (!*val || strlen(val) > 8)
                return usage_error("E257 smf: invalid user id '%s' (1-8 characters)", val);
            f.by_user = true;
            f.user = val;
        } else if (!parse_since(val, &f)) {
            return usage_error("E257 smf: invalid time '%s' (YYYY-MM-DD[THH:MM[:SS]])", val);
        }
    }
    if (export && !json)
        return usage_error("E257 smf: export needs --json%s", "");
    if (!file)
        return usage_error("E257 smf: no data set given%s", "");

    static struct smf_reader r; /* holds a record buffer of 32 KiB */
    if (smf_reader_open_file(&r, file) < 0) {
        fprintf(stderr, "zsie: E258 smf: cannot open %s: %s\n", file, strerror(errno));
        return 2;
    }
    int status = 0;
    uint64_t n = 0;
    for (;;) {
        const uint8_t *rec;
        size_t len;
        uint64_t off;
        int rc = smf_reader_next(&r, &rec, &len, &off);
        if (rc == SMF_READ_END)
            break;
        if (rc == SMF_READ_EIO) {
            fprintf(stderr, "zsie: E258 smf: cannot read %s: %s\n", file, strerror(errno));
            status = 2;
            break;
        }
        if (rc == SMF_READ_BAD) {
            fprintf(stderr, "zsie: E251 smf: %s: bad record at offset %llu: %s\n", file,
                    (unsigned long long)r.offset, r.why);
            status = 1;
            break;
        }
        n++;
        struct smf_decoded d;
        const char *why = NULL;
        if (smf_decode(rec, len, &d, &why) < 0) {
            fprintf(stderr, "zsie: E251 smf: %s: bad record at offset %llu: %s\n", file, (unsigned long long)off,
                    why);
            status = 1;
            continue;
        }
        if (!selected(&f, &d))
            continue;
        if (export)
            export_record(stdout, off, &d);
        else
            print_record(stdout, n, off, &d, rec);
    }
    smf_reader_close(&r);
    if (fflush(stdout) != 0 && status == 0)
        status = 2;
    return status;
}
