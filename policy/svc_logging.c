/* Logging services: the SMF data set (records types 80, 200 and 201, and the kernel proxy's
 * events as type 200 records of the application ZSIEKP), JSON lines to a file for other tools,
 * and none (logging not available). */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "host_services/smf_dataset.h"
#include "host_services/smf_record.h"
#include "proxy.h"
#include "service.h"

struct smf_state {
    struct smf_dataset *ds;
    char sysid[5];
};

static void smf_message(void *ctx, const char *line)
{
    (void)ctx;
    fprintf(stderr, "%s\n", line);
}

static int smf_start(void **state, const char *arg, const struct svc_env *env, char *err, size_t errlen)
{
    const char *path = *arg ? arg : env->smf_path;
    if (!path) {
        snprintf(err, errlen, "no SMF data set (give --smf DATASET or smf:DATASET)");
        return -1;
    }
    struct smf_state *s = calloc(1, sizeof *s);
    if (!s) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    snprintf(s->sysid, sizeof s->sysid, "%s", env->sysid ? env->sysid : "ZSIE");
    struct smf_dataset_config dc = {.path = path, .count = 1, .message = smf_message};
    if (smf_open(&s->ds, &dc, NULL)) {
        snprintf(err, errlen, "cannot open the SMF data set %s", path);
        free(s);
        return -1;
    }
    *state = s;
    return 0;
}

static void smf_stop(void *state)
{
    struct smf_state *s = state;
    if (smf_close(s->ds))
        fprintf(stderr, "zsie: E084 GHAPI: closing the SMF data set failed\n");
    free(s);
}

static int put(struct smf_state *s, const struct smf_builder *b, int len)
{
    if (len < 0)
        return -1;
    return smf_write(s->ds, b->buf, (size_t)len) ? -1 : 0;
}

static int smf_access_op(void *state, const struct log_access *a)
{
    struct smf_state *s = state;
    struct smf_builder b;
    struct smf_stamp now = smf_stamp_now();
    return put(s, &b,
               smf_build_racf_access(&b, &now, s->sysid, a->qualifier, a->user, a->group, a->cls, a->resource,
                                     a->intent, a->allowed, a->profile, a->generic));
}

static int smf_app_op(void *state, enum smf200_subtype subtype, const struct smf_app_event *ev)
{
    struct smf_state *s = state;
    struct smf_builder b;
    struct smf_stamp now = smf_stamp_now();
    return put(s, &b, smf_build_app_event(&b, &now, s->sysid, subtype, ev));
}

static int smf_acct_op(void *state, const struct smf_vm_accounting *a)
{
    struct smf_state *s = state;
    struct smf_builder b;
    struct smf_stamp now = smf_stamp_now();
    return put(s, &b, smf_build_vm_accounting(&b, &now, s->sysid, a));
}

/* The 8-character user id of the record: who's name ("alice(uid 1000)": ALICE), the full
 * text is in the record's data. */
static void short_id(const char *who, char out[9])
{
    size_t n = 0;
    for (; who[n] && who[n] != '(' && who[n] != ' ' && n < 8; n++)
        out[n] = (char)toupper((unsigned char)who[n]);
    out[n] = 0;
    if (!n)
        snprintf(out, 9, "?");
}

static int smf_event_op(void *state, const struct log_event *e)
{
    struct smf_state *s = state;
    char user[9], vm[9];
    short_id(e->who, user);
    short_id(e->vm[0] ? e->vm : e->who, vm);
    struct smf_app_event ev = {
        .userid = user,
        .vmname = vm,
        .appname = PROXY_SMF_APPL,
        .appver = "1",
        .event_code = e->code,
        .data = e->text,
        .data_len = strlen(e->text) < SMF200_DATA_MAX ? strlen(e->text) : SMF200_DATA_MAX,
    };
    return smf_app_op(s, SMF200_EVENT, &ev);
}

/* ---- JSON lines ---- */
struct json_state {
    FILE *f;
    pthread_mutex_t lock;
};

static int json_start(void **state, const char *arg, const struct svc_env *env, char *err, size_t errlen)
{
    (void)env;
    if (!*arg) {
        snprintf(err, errlen, "json needs a file (json:FILE)");
        return -1;
    }
    struct json_state *s = calloc(1, sizeof *s);
    if (!s || !(s->f = fopen(arg, "a"))) {
        snprintf(err, errlen, "%s: cannot open: %s", arg, s ? strerror(errno) : "out of memory");
        free(s);
        return -1;
    }
    pthread_mutex_init(&s->lock, NULL);
    *state = s;
    return 0;
}

static void json_stop(void *state)
{
    struct json_state *s = state;
    fclose(s->f);
    pthread_mutex_destroy(&s->lock);
    free(s);
}

/* a JSON string: quotes, backslashes and control characters escaped */
static void jstr(FILE *f, const char *s, size_t n)
{
    fputc('"', f);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c < 0x20 || c >= 0x7F)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}
#define JS(f, s) jstr(f, (s) ? (s) : "", (s) ? strlen(s) : 0)

static void jtime(FILE *f)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    struct tm tm;
    gmtime_r(&ts.tv_sec, &tm);
    char b[40];
    strftime(b, sizeof b, "%Y-%m-%dT%H:%M:%S", &tm);
    fprintf(f, "{\"time\":\"%s.%06ldZ\",", b, ts.tv_nsec / 1000);
}

/* one line, durable before the caller hears 0 */
static int jend(struct json_state *s)
{
    fputs("}\n", s->f);
    int rc = fflush(s->f) || fsync(fileno(s->f)) ? -1 : 0;
    pthread_mutex_unlock(&s->lock);
    return rc;
}

static int json_access_op(void *state, const struct log_access *a)
{
    struct json_state *s = state;
    pthread_mutex_lock(&s->lock);
    jtime(s->f);
    fprintf(s->f, "\"kind\":\"access\",\"qualifier\":%d,\"user\":", (int)a->qualifier);
    JS(s->f, a->user);
    fputs(",\"class\":", s->f);
    JS(s->f, a->cls);
    fputs(",\"resource\":", s->f);
    JS(s->f, a->resource);
    fputs(",\"profile\":", s->f);
    JS(s->f, a->profile);
    fprintf(s->f, ",\"generic\":%s,\"intent\":\"%s\",\"allowed\":\"%s\"", a->generic ? "true" : "false",
            smf_access_name((int)a->intent), smf_access_name((int)a->allowed));
    return jend(s);
}

static int json_app_op(void *state, enum smf200_subtype subtype, const struct smf_app_event *ev)
{
    struct json_state *s = state;
    pthread_mutex_lock(&s->lock);
    jtime(s->f);
    fprintf(s->f, "\"kind\":\"%s\",\"code\":%u,\"user\":", subtype == SMF200_EVENT ? "app_event" : "ghapi_rejected",
            ev->event_code);
    JS(s->f, ev->userid);
    fputs(",\"application\":", s->f);
    JS(s->f, ev->appname);
    fputs(",\"version\":", s->f);
    JS(s->f, ev->appver);
    fprintf(s->f, ",\"start_tod\":%" PRIu64 ",\"stop_tod\":%" PRIu64 ",\"data_hex\":\"", ev->start_tod, ev->stop_tod);
    for (size_t i = 0; i < ev->data_len; i++)
        fprintf(s->f, "%02x", ((const uint8_t *)ev->data)[i]);
    fputc('"', s->f);
    return jend(s);
}

static int json_acct_op(void *state, const struct smf_vm_accounting *a)
{
    struct json_state *s = state;
    pthread_mutex_lock(&s->lock);
    jtime(s->f);
    fputs("\"kind\":\"accounting\",\"user\":", s->f);
    JS(s->f, a->userid);
    fprintf(s->f, ",\"elapsed_us\":%" PRIu64 ",\"cpu_us\":%" PRIu64 ",\"instructions\":%" PRIu64, a->elapsed_us,
            a->cpu_us, a->instructions);
    return jend(s);
}

static int json_event_op(void *state, const struct log_event *e)
{
    struct json_state *s = state;
    pthread_mutex_lock(&s->lock);
    jtime(s->f);
    fprintf(s->f, "\"kind\":\"proxy\",\"code\":%u,\"who\":", e->code);
    JS(s->f, e->who);
    fputs(",\"vm\":", s->f);
    JS(s->f, e->vm);
    fputs(",\"text\":", s->f);
    JS(s->f, e->text);
    return jend(s);
}

/* ---- none ---- */
static int none_start(void **state, const char *arg, const struct svc_env *env, char *err, size_t errlen)
{
    (void)arg, (void)env, (void)err, (void)errlen;
    *state = NULL;
    return 0;
}
static void none_stop(void *state)
{
    (void)state;
}
static int none_access(void *state, const struct log_access *a)
{
    (void)state, (void)a;
    return LOG_NOT_AVAILABLE;
}
static int none_app(void *state, enum smf200_subtype subtype, const struct smf_app_event *ev)
{
    (void)state, (void)subtype, (void)ev;
    return LOG_NOT_AVAILABLE;
}
static int none_acct(void *state, const struct smf_vm_accounting *a)
{
    (void)state, (void)a;
    return LOG_NOT_AVAILABLE;
}
static int none_event(void *state, const struct log_event *e)
{
    (void)state, (void)e;
    return LOG_NOT_AVAILABLE;
}

const struct logging_ops svc_logging_smf = {
    {"smf", "the SMF data set (smf:DATASET or --smf)", smf_start, smf_stop, NULL},
    smf_access_op, smf_app_op, smf_acct_op, smf_event_op};
const struct logging_ops svc_logging_json = {
    {"json", "JSON lines to a file (json:FILE), each durable", json_start, json_stop, NULL},
    json_access_op, json_app_op, json_acct_op, json_event_op};
const struct logging_ops svc_logging_none = {
    {"none", "logging not available", none_start, none_stop, NULL}, none_access, none_app, none_acct, none_event};
