/* The SMF data set: durable appends with group commit, torn-tail recovery, switching. */
#include "smf_dataset.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "smf_record.h"

struct smf_dataset {
    pthread_mutex_t lock;
    pthread_cond_t done;       /* broadcast when a sync ends */
    pthread_cond_t arrived;    /* signalled when a record is queued while the leader gathers */
    char *base;
    unsigned count, active;
    uint64_t limit;
    void (*message)(void *, const char *);
    void *ctx;

    int fd;
    uint64_t file_size;        /* synced bytes of the active file */
    uint64_t inflight;         /* bytes being written by the sync leader */
    uint8_t *pending, *spare;  /* records waiting for the next sync; the leader's buffer */
    size_t pending_len, pending_cap, spare_cap;
    uint64_t assigned;         /* sequence number of the last record queued */
    uint64_t durable;          /* records up to this sequence number are synced */
    bool syncing, failed;
    bool gathering;            /* the leader waits for the writers of the last batch */
    uint64_t last_batch;       /* records in the last sync */
    uint64_t sync_ns;          /* running average of a write + sync */
    int failed_err;
    struct smf_ds_stats st;
};

static void say(void (*message)(void *, const char *), void *ctx, const char *fmt, ...)
{
    if (!message)
        return;
    char line[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    message(ctx, line);
}

long smf_rdw_len(const uint8_t *p, size_t avail, const char **why)
{
    if (avail < SMF_RDW_LEN)
        return 0;
    unsigned len = smf_get16(p), seg = smf_get16(p + 2);
    const char *w = NULL;
    if (len < SMF_MIN_RECORD)
        w = "record length below 18";
    else if (len > SMF_MAX_RECORD)
        w = "record length above 32756";
    else if (seg != 0)
        w = "segment descriptor not zero (spanned records are not supported)";
    if (w) {
        if (why)
            *why = w;
        return -1;
    }
    return (long)len;
}

char *smf_dataset_name(const char *base, unsigned i, char *buf, size_t n)
{
    if (i == 0)
        snprintf(buf, n, "%s", base);
    else
        snprintf(buf, n, "%s.%u", base, i);
    return buf;
}

/* A new directory entry is durable only once its directory is synced. */
static void sync_dir_of(const char *path)
{
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (!slash)
        snprintf(dir, sizeof dir, ".");
    else if (slash == dir)
        dir[1] = 0;
    else
        *slash = 0;
    int d = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (d >= 0) {
        fsync(d);
        close(d);
    }
}

static bool all_zero(int fd, uint64_t off, uint64_t end)
{
    uint8_t buf[4096];
    while (off < end) {
        size_t n = end - off < sizeof buf ? (size_t)(end - off) : sizeof buf;
        ssize_t r = pread(fd, buf, n, (off_t)off);
        if (r <= 0)
            return false;
        for (ssize_t i = 0; i < r; i++)
            if (buf[i])
                return false;
        off += (uint64_t)r;
    }
    return true;
}

/* Walk the records of the open file; cut a torn tail.  0, SMF_DS_EBAD or SMF_DS_EIO. */
static int recover(struct smf_dataset *ds, const char *name, struct smf_open_report *rep)
{
    struct stat sb;
    if (fstat(ds->fd, &sb) < 0)
        return SMF_DS_EIO;
    uint64_t size = (uint64_t)sb.st_size, off = 0, records = 0;
    const char *why = NULL;
    bool torn = false;
    while (off < size) {
        uint8_t rdw[SMF_RDW_LEN];
        size_t avail = size - off < SMF_RDW_LEN ? (size_t)(size - off) : SMF_RDW_LEN;
        if (pread(ds->fd, rdw, avail, (off_t)off) != (ssize_t)avail)
            return SMF_DS_EIO;
        long len = smf_rdw_len(rdw, avail, &why);
        if (len == 0 || (len > 0 && off + (uint64_t)len > size)) {
            torn = true;         /* a partial RDW or a record cut short */
            break;
        }
        if (len < 0) {
            /* a file system may extend a file before its data reaches the disk: zeros */
            if (all_zero(ds->fd, off, size)) {
                torn = true;
                break;
            }
            rep->bad_offset = off;
            say(ds->message, ds->ctx, "zsie: E251 SMF data set %s: bad record at offset %llu: %s", name,
                (unsigned long long)off, why);
            return SMF_DS_EBAD;
        }
        off += (uint64_t)len;
        records++;
    }
    if (torn) {
        if (ftruncate(ds->fd, (off_t)off) < 0 || fdatasync(ds->fd) < 0)
            return SMF_DS_EIO;
        rep->cut_bytes = size - off;
        say(ds->message, ds->ctx, "zsie: E250 SMF data set %s: torn last record at offset %llu, %llu bytes cut",
            name, (unsigned long long)off, (unsigned long long)(size - off));
    }
    rep->records = records;
    rep->size = off;
    ds->file_size = off;
    return SMF_DS_OK;
}

/* Open name i of the set for writing, locked.  Returns the fd or a negative enum smf_ds_err. */
static int open_member(struct smf_dataset *ds, unsigned i, bool must_be_empty)
{
    char name[PATH_MAX];
    smf_dataset_name(ds->base, i, name, sizeof name);
    struct stat sb;
    bool existed = stat(name, &sb) == 0;
    int fd = open(name, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        say(ds->message, ds->ctx, "zsie: E252 SMF data set %s: cannot open: %s", name, strerror(errno));
        return SMF_DS_EIO;
    }
    if (flock(fd, LOCK_EX | LOCK_NB) < 0) {
        say(ds->message, ds->ctx, "zsie: E256 SMF data set %s is in use by another writer", name);
        close(fd);
        return SMF_DS_EBUSY;
    }
    if (must_be_empty && fstat(fd, &sb) == 0 && sb.st_size != 0) {
        say(ds->message, ds->ctx, "zsie: E253 SMF data sets full: %s is not empty (dump and remove it)", name);
        close(fd);
        return SMF_DS_EFULL;
    }
    if (!existed)
        sync_dir_of(name);
    return fd;
}

int smf_open(struct smf_dataset **out, const struct smf_dataset_config *cfg, struct smf_open_report *rep)
{
    struct smf_open_report dummy;
    if (!rep)
        rep = &dummy;
    memset(rep, 0, sizeof *rep);
    *out = NULL;
    struct smf_dataset *ds = calloc(1, sizeof *ds);
    if (!ds || !(ds->base = strdup(cfg->path))) {
        free(ds);
        return SMF_DS_EIO;
    }
    ds->count = cfg->count ? cfg->count : 1;
    ds->limit = cfg->size_limit;
    ds->message = cfg->message;
    ds->ctx = cfg->ctx;
    pthread_mutex_init(&ds->lock, NULL);
    pthread_cond_init(&ds->done, NULL);
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&ds->arrived, &ca);
    pthread_condattr_destroy(&ca);
    for (unsigned i = ds->count; i-- > 1;) {
        char name[PATH_MAX];
        struct stat sb;
        if (stat(smf_dataset_name(ds->base, i, name, sizeof name), &sb) == 0) {
            ds->active = i;
            break;
        }
    }
    rep->active = ds->st.active = ds->active;
    int rc = open_member(ds, ds->active, false);
    if (rc >= 0) {
        ds->fd = rc;
        char name[PATH_MAX];
        rc = recover(ds, smf_dataset_name(ds->base, ds->active, name, sizeof name), rep);
        if (rc == SMF_DS_EIO)
            say(ds->message, ds->ctx, "zsie: E252 SMF data set %s: cannot read: %s", name, strerror(errno));
        if (rc)
            close(ds->fd);
    }
    if (rc < 0) {
        pthread_mutex_destroy(&ds->lock);
        pthread_cond_destroy(&ds->done);
        pthread_cond_destroy(&ds->arrived);
        free(ds->base);
        free(ds);
        return rc;
    }
    *out = ds;
    return SMF_DS_OK;
}

static bool fits(const struct smf_dataset *ds, size_t len)
{
    uint64_t used = ds->file_size + ds->inflight + ds->pending_len;
    return ds->limit == 0 || used == 0 || used + len <= ds->limit;
}

/* With the lock held, nothing pending and no sync running: move to the next name. */
static int switch_member(struct smf_dataset *ds)
{
    if (ds->active + 1 >= ds->count) {
        say(ds->message, ds->ctx, "zsie: E253 SMF data sets full: all %u of %s are full (dump and remove them)",
            ds->count, ds->base);
        return SMF_DS_EFULL;
    }
    int fd = open_member(ds, ds->active + 1, true);
    if (fd < 0)
        return fd;
    close(ds->fd);              /* its records are all synced */
    ds->fd = fd;
    ds->active++;
    ds->file_size = 0;
    ds->st.switches++;
    ds->st.active = ds->active;
    char name[PATH_MAX];
    say(ds->message, ds->ctx, "zsie: E254 SMF switched to data set %s",
        smf_dataset_name(ds->base, ds->active, name, sizeof name));
    return SMF_DS_OK;
}

static bool write_all(int fd, const uint8_t *p, size_t n, uint64_t off)
{
    while (n) {
        ssize_t w = pwrite(fd, p, n, (off_t)off);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return false;
        p += w;
        n -= (size_t)w;
        off += (uint64_t)w;
    }
    return true;
}

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* The writers acknowledged by the last sync are likely on their way back with their next
 * record, but the first of them to arrive would otherwise sync alone and the rest wait for
 * the following sync: batches would alternate between 1 and n-1.  So a leader with fewer
 * records than the last batch waits for them a little (at most half a sync, 2 ms). */
static void gather(struct smf_dataset *ds)
{
    if (ds->assigned - ds->durable >= ds->last_batch || !ds->sync_ns)
        return;
    uint64_t wait = ds->sync_ns / 2 < 2000000 ? ds->sync_ns / 2 : 2000000;
    uint64_t dl = now_ns() + wait;
    struct timespec ts = {(time_t)(dl / 1000000000u), (long)(dl % 1000000000u)};
    ds->gathering = true;
    while (ds->assigned - ds->durable < ds->last_batch)
        if (pthread_cond_timedwait(&ds->arrived, &ds->lock, &ts) == ETIMEDOUT)
            break;
    ds->gathering = false;
}

/* With the lock held, no sync running and records pending: become the sync leader for
 * everything pending.  Drops the lock during the I/O. */
static void flush(struct smf_dataset *ds)
{
    ds->syncing = true;
    gather(ds);
    uint8_t *buf = ds->pending;
    size_t len = ds->pending_len, cap = ds->pending_cap;
    ds->pending = ds->spare;
    ds->pending_cap = ds->spare_cap;
    ds->pending_len = 0;
    ds->spare = NULL;
    ds->spare_cap = 0;
    ds->inflight = len;
    uint64_t first = ds->durable, last = ds->assigned, off = ds->file_size;
    int fd = ds->fd;
    pthread_mutex_unlock(&ds->lock);

    uint64_t t0 = now_ns();
    bool ok = write_all(fd, buf, len, off) && fdatasync(fd) == 0;
    int err = errno;
    uint64_t took = now_ns() - t0;
    if (!ok && ftruncate(fd, (off_t)off) == 0) /* best effort: leave no partial batch behind */
        fdatasync(fd);

    pthread_mutex_lock(&ds->lock);
    ds->spare = buf;
    ds->spare_cap = cap;
    ds->inflight = 0;
    if (ok) {
        ds->file_size += len;
        ds->durable = last;
        ds->st.records += last - first;
        ds->st.syncs++;
        ds->last_batch = last - first;
        ds->sync_ns = ds->sync_ns ? (ds->sync_ns * 7 + took) / 8 : took;
    } else {
        ds->failed = true;
        ds->failed_err = err;
        char name[PATH_MAX];
        say(ds->message, ds->ctx, "zsie: E255 SMF data set %s: write failed: %s; no further records accepted",
            smf_dataset_name(ds->base, ds->active, name, sizeof name), strerror(err));
    }
    ds->syncing = false;
    pthread_cond_broadcast(&ds->done);
}

int smf_write(struct smf_dataset *ds, const uint8_t *rec, size_t len)
{
    long l = smf_rdw_len(rec, len, NULL);
    if (l <= 0 || (size_t)l != len)
        return SMF_DS_ERECORD;
    int rc = SMF_DS_OK;
    pthread_mutex_lock(&ds->lock);
    while (!ds->failed && !fits(ds, len)) {
        if (!ds->syncing && ds->pending_len == 0) {
            rc = switch_member(ds);
            if (rc)
                goto out;
        } else if (!ds->syncing) {
            flush(ds);
        } else {
            pthread_cond_wait(&ds->done, &ds->lock);
        }
    }
    if (ds->failed) {
        rc = SMF_DS_EFAILED;
        goto out;
    }
    if (ds->pending_len + len > ds->pending_cap) {
        size_t cap = ds->pending_cap ? ds->pending_cap : 65536;
        while (cap < ds->pending_len + len)
            cap *= 2;
        uint8_t *p = realloc(ds->pending, cap);
        if (!p) {
            rc = SMF_DS_EIO;
            goto out;
        }
        ds->pending = p;
        ds->pending_cap = cap;
    }
    memcpy(ds->pending + ds->pending_len, rec, len);
    ds->pending_len += len;
    uint64_t seq = ++ds->assigned;
    if (ds->gathering)
        pthread_cond_signal(&ds->arrived);
    while (ds->durable < seq && !ds->failed) {
        if (!ds->syncing)
            flush(ds);
        else
            pthread_cond_wait(&ds->done, &ds->lock);
    }
    if (ds->durable < seq)
        rc = SMF_DS_EFAILED;
out:
    pthread_mutex_unlock(&ds->lock);
    return rc;
}

void smf_stats(struct smf_dataset *ds, struct smf_ds_stats *st)
{
    pthread_mutex_lock(&ds->lock);
    *st = ds->st;
    pthread_mutex_unlock(&ds->lock);
}

int smf_close(struct smf_dataset *ds)
{
    if (!ds)
        return SMF_DS_OK;
    pthread_mutex_lock(&ds->lock);
    while (ds->syncing)
        pthread_cond_wait(&ds->done, &ds->lock);
    pthread_mutex_unlock(&ds->lock);
    int rc = close(ds->fd) == 0 ? SMF_DS_OK : SMF_DS_EIO;
    pthread_mutex_destroy(&ds->lock);
    pthread_cond_destroy(&ds->done);
    pthread_cond_destroy(&ds->arrived);
    free(ds->pending);
    free(ds->spare);
    free(ds->base);
    free(ds);
    return rc;
}
