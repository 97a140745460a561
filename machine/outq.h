/* Operator output: a bounded queue in front of a file descriptor (stdout), drained by a
 * thread of its own, so that no CPU thread ever blocks on the operator's terminal or pipe --
 * above all not while it holds a machine lock.  Writers get a FILE (unbuffered: one fwrite is
 * one queued unit) and never wait; when the reader of the descriptor stops draining and the
 * queue is full, whole writes are dropped and counted. */
#ifndef ZSIE_OUTQ_H
#define ZSIE_OUTQ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define OUTQ_DEFAULT_LIMIT (1u << 20) /* bytes held for a stalled reader */
#define OUTQ_DRAIN_SECONDS 1.0        /* at close: wait this long for progress, then give up */

struct outq;

/* A queue of at most limit bytes in front of fd.  NULL if out of memory or no thread. */
struct outq *outq_open(int fd, size_t limit);
/* The stream that queues (never blocks). */
FILE *outq_file(struct outq *q);

struct outq_stats {
    uint64_t written;       /* bytes that reached fd */
    uint64_t dropped;       /* bytes dropped: the queue was full, or fd failed */
    uint64_t dropped_writes;
};

/* Write out what is queued, waiting at most `seconds` for each bit of progress; the rest is
 * dropped.  Closes the stream (not to be used afterwards); the queue is gone afterwards, or,
 * if its thread is stuck in write(), goes when that write returns or with the process. */
void outq_close(struct outq *q, double seconds, struct outq_stats *st);

#endif
