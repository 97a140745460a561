/* Memory-management services: what DIAGNOSE X'010' (release pages) does with the host pages
 * behind the guest's.  Released pages read as zeros whichever service runs (X'010' says so);
 * the services differ in the host memory: keep it (zeroed in place, still resident), give it
 * back at once (madvise MADV_DONTNEED: the VM's resident memory drops now, a later touch gets
 * a zero page), or zero now and give it back when PAGES have gathered (fewer system calls). */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "service.h"

long memory_resident_pages(const void *p, size_t len)
{
    long pg = sysconf(_SC_PAGESIZE);
    uintptr_t a = (uintptr_t)p & ~(uintptr_t)(pg - 1);
    size_t n = ((uintptr_t)p + len - a + (size_t)pg - 1) / (size_t)pg;
    unsigned char *v = malloc(n ? n : 1);
    if (!v)
        return -1;
    long r = -1;
    if (!mincore((void *)a, n * (size_t)pg, v)) {
        r = 0;
        for (size_t i = 0; i < n; i++)
            r += v[i] & 1;
    }
    free(v);
    return r;
}

static int nostate_start(void **state, const char *arg, const struct svc_env *env, char *err, size_t errlen)
{
    (void)env;
    if (*arg) {
        snprintf(err, errlen, "takes no argument (':%.40s')", arg);
        return -1;
    }
    *state = NULL;
    return 0;
}
static void nostate_stop(void *state)
{
    (void)state;
}
static void noflush(void *state)
{
    (void)state;
}

static int keep_release(void *state, const char *vm, uint8_t *host, size_t len)
{
    (void)state, (void)vm;
    memset(host, 0, len);
    return 0;
}

static int now_release(void *state, const char *vm, uint8_t *host, size_t len)
{
    (void)state, (void)vm;
    return madvise(host, len, MADV_DONTNEED) ? -1 : 0;
}

#define BATCH_MAX 256
struct batch {
    pthread_mutex_t lock;
    size_t limit, pages;       /* release when pages >= limit */
    unsigned n;
    struct { uint8_t *p; size_t len; } r[BATCH_MAX];
};

static int batch_start(void **state, const char *arg, const struct svc_env *env, char *err, size_t errlen)
{
    (void)env;
    unsigned long limit = 64;
    if (*arg) {
        char *end;
        limit = strtoul(arg, &end, 10);
        if (*end || limit == 0 || limit > (1ul << 30)) {
            snprintf(err, errlen, "batch:PAGES wants a page count 1..2^30, not '%.40s'", arg);
            return -1;
        }
    }
    struct batch *b = calloc(1, sizeof *b);
    if (!b) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    pthread_mutex_init(&b->lock, NULL);
    b->limit = limit;
    *state = b;
    return 0;
}

static void batch_drain(struct batch *b)
{
    for (unsigned i = 0; i < b->n; i++)
        madvise(b->r[i].p, b->r[i].len, MADV_DONTNEED);
    b->n = 0;
    b->pages = 0;
}

static void batch_flush(void *state)
{
    struct batch *b = state;
    pthread_mutex_lock(&b->lock);
    batch_drain(b);
    pthread_mutex_unlock(&b->lock);
}

static void batch_stop(void *state)
{
    batch_flush(state);
    pthread_mutex_destroy(&((struct batch *)state)->lock);
    free(state);
}

static int batch_release(void *state, const char *vm, uint8_t *host, size_t len)
{
    (void)vm;
    struct batch *b = state;
    memset(host, 0, len); /* the guest sees zeros now; the host memory goes back later */
    pthread_mutex_lock(&b->lock);
    if (b->n == BATCH_MAX)
        batch_drain(b);
    b->r[b->n].p = host;
    b->r[b->n].len = len;
    b->n++;
    b->pages += len / (size_t)sysconf(_SC_PAGESIZE);
    if (b->pages >= b->limit)
        batch_drain(b);
    pthread_mutex_unlock(&b->lock);
    return 0;
}

const struct memory_ops svc_memory_keep = {
    {"keep", "keep the host backing of released pages", nostate_start, nostate_stop, NULL}, keep_release, noflush};
const struct memory_ops svc_memory_release = {
    {"release", "give the host backing back at once (madvise)", nostate_start, nostate_stop, NULL}, now_release, noflush};
const struct memory_ops svc_memory_batch = {
    {"batch", "gather releases, give them back by PAGES (batch[:PAGES], default 64)", batch_start, batch_stop, NULL},
    batch_release, batch_flush};
