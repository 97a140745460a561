/* The operator-output queue: a ring of bytes, a writer thread, and a cookie FILE. */
#define _GNU_SOURCE
#include "outq.h"

#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

struct outq {
    pthread_mutex_t mu;
    pthread_cond_t more;    /* the writer waits here for data */
    pthread_cond_t progress;/* outq_close waits here */
    uint8_t *buf;
    size_t cap, head, len;  /* ring: len bytes from head */
    int fd;
    bool quit, failed;
    bool abandoned;         /* outq_close gave up on a stalled reader */
    struct outq_stats st;
    pthread_t thread;
    FILE *f;
};

static ssize_t q_write(void *cookie, const char *data, size_t n)
{
    struct outq *q = cookie;
    pthread_mutex_lock(&q->mu);
    if (q->failed || n > q->cap - q->len) {
        q->st.dropped += n;
        q->st.dropped_writes++;
    } else {
        size_t tail = (q->head + q->len) % q->cap;
        size_t first = n < q->cap - tail ? n : q->cap - tail;
        memcpy(q->buf + tail, data, first);
        memcpy(q->buf, data + first, n - first);
        q->len += n;
        pthread_cond_signal(&q->more);
    }
    pthread_mutex_unlock(&q->mu);
    return (ssize_t)n; /* accepted either way: a writer never waits */
}

static void destroy(struct outq *q)
{
    fclose(q->f);
    free(q->buf);
    pthread_cond_destroy(&q->more);
    pthread_cond_destroy(&q->progress);
    pthread_mutex_destroy(&q->mu);
    free(q);
}

static void *writer_main(void *arg)
{
    struct outq *q = arg;
    pthread_mutex_lock(&q->mu);
    for (;;) {
        while (!q->len && !q->quit)
            pthread_cond_wait(&q->more, &q->mu);
        if (!q->len)
            break;
        /* the bytes [head, head+chunk) stay ours while unlocked: writers only append */
        size_t chunk = q->len < q->cap - q->head ? q->len : q->cap - q->head;
        const uint8_t *p = q->buf + q->head;
        pthread_mutex_unlock(&q->mu);
        ssize_t w = write(q->fd, p, chunk);
        pthread_mutex_lock(&q->mu);
        if (q->abandoned) {
            /* outq_close gave up on this write and has returned: the queue is ours to free */
            pthread_mutex_unlock(&q->mu);
            destroy(q);
            return NULL;
        }
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            /* the descriptor is gone: what is queued and what comes is lost, and counted */
            q->failed = true;
            q->st.dropped += q->len;
            q->len = 0;
        } else {
            q->head = (q->head + (size_t)w) % q->cap;
            q->len -= (size_t)w;
            q->st.written += (uint64_t)w;
        }
        pthread_cond_broadcast(&q->progress);
    }
    pthread_mutex_unlock(&q->mu);
    return NULL;
}

struct outq *outq_open(int fd, size_t limit)
{
    struct outq *q = calloc(1, sizeof *q);
    if (!q)
        return NULL;
    q->cap = limit ? limit : OUTQ_DEFAULT_LIMIT;
    q->buf = malloc(q->cap);
    q->fd = fd;
    pthread_mutex_init(&q->mu, NULL);
    pthread_cond_init(&q->more, NULL);
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&q->progress, &ca);
    pthread_condattr_destroy(&ca);
    cookie_io_functions_t io = {.write = q_write};
    if (q->buf)
        q->f = fopencookie(q, "w", io);
    if (!q->f || pthread_create(&q->thread, NULL, writer_main, q)) {
        if (q->f)
            fclose(q->f);
        free(q->buf);
        free(q);
        return NULL;
    }
    setvbuf(q->f, NULL, _IONBF, 0); /* each fwrite reaches q_write whole */
    return q;
}

FILE *outq_file(struct outq *q)
{
    return q->f;
}

void outq_close(struct outq *q, double seconds, struct outq_stats *st)
{
    fflush(q->f);
    pthread_mutex_lock(&q->mu);
    bool stuck = false;
    while (q->len && !q->failed) {
        uint64_t before = q->st.written;
        struct timespec t;
        clock_gettime(CLOCK_MONOTONIC, &t);
        double end = (double)t.tv_sec + t.tv_nsec / 1e9 + seconds;
        t.tv_sec = (time_t)end;
        t.tv_nsec = (long)((end - (double)t.tv_sec) * 1e9);
        int rc = 0;
        while (q->len && q->st.written == before && rc == 0)
            rc = pthread_cond_timedwait(&q->progress, &q->mu, &t);
        if (q->len && q->st.written == before) {
            stuck = true; /* no progress within `seconds`: the reader has stopped */
            q->abandoned = true;
            q->st.dropped += q->len;
            break;
        }
    }
    q->quit = true;
    q->failed = true; /* anything written from now on is dropped */
    pthread_cond_signal(&q->more);
    if (st)
        *st = q->st;
    pthread_t t = q->thread;
    pthread_mutex_unlock(&q->mu);
    if (stuck) {
        /* the thread is blocked in write(): it frees the queue if that write ever returns,
         * or it ends with the process; q is not touched here any more */
        pthread_detach(t);
        return;
    }
    pthread_join(t, NULL);
    destroy(q);
}
