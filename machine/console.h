/* The operator console behind the SCLP event facility: guest text out to a host stream, host
 * lines in (from a file descriptor, read by a thread of its own), and the EBCDIC code page
 * 037 that line-mode messages and operator commands are written in. */
#ifndef ZSIE_CONSOLE_H
#define ZSIE_CONSOLE_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "ebcdic.h"

#define CONSOLE_QUEUE_MAX 64    /* input lines held before the reader thread pauses */
#define CONSOLE_LINE_MAX 1024   /* longer input lines are split */

struct console_line {
    size_t len, off;            /* bytes in text, bytes already delivered */
    char text[CONSOLE_LINE_MAX];
};

#define CONSOLE_OUT_LINE 2048   /* guest bytes per output line; a longer one is broken */

struct console {
    FILE *out;
    bool last_was_lf;           /* drops the CR a VT220 writer puts after each LF */
    /* Several virtual machines share one stream: each console assembles its own lines and
     * writes each whole, prefix first, with one fwrite, so lines of different consoles never
     * mix and no guest can end another's line or start one without its own prefix. */
    const char *prefix;         /* NULL: none (one machine: partial lines go out at once) */
    /* Guest control characters and escape sequences are shown escaped (\xNN) unless raw:
     * then ASCII-console bytes go out as they are (one machine, the user's own terminal). */
    bool raw;
    size_t llen;                /* bytes of the line being assembled */
    uint8_t line[CONSOLE_OUT_LINE];

    /* input: a ring of lines, guarded by *lock (the machine lock) */
    int in_fd;                  /* -1 = no input */
    pthread_mutex_t *lock;
    pthread_cond_t space;       /* the reader waits here while the ring is full */
    struct console_line *ring;  /* CONSOLE_QUEUE_MAX entries, allocated when input starts */
    unsigned head, count;
    bool reader_started, reader_quit, in_eof;
    pthread_t reader;
    void (*arrived)(void *ctx); /* called with *lock held after a line was queued */
    void *arrived_ctx;
};


void console_init(struct console *c, FILE *out, int in_fd, pthread_mutex_t *lock);
/* Stop the reader thread (if any) and free the ring.  Call without *lock held. */
void console_free(struct console *c);

/* Output (caller may hold *lock: the stream must never block, see outq.h).  Line-mode text
 * is EBCDIC and gets a newline; ASCII-console text is UTF-8 lines, the CR after an LF (or
 * before it) dropped. */
void console_write_ebcdic_line(struct console *c, const uint8_t *text, size_t len);
void console_write_ascii(struct console *c, const uint8_t *text, size_t len);
/* Write out a partial line that is waiting for its end (at the end of a run). */
void console_flush(struct console *c);

/* Input (caller holds *lock).  Starting is idempotent; it fails silently without input. */
void console_start_input(struct console *c, void (*arrived)(void *), void *ctx);
bool console_has_input(const struct console *c);
/* The oldest undelivered line: pointer and length of what remains of it. */
const char *console_peek(const struct console *c, size_t *len);
/* Mark n bytes of the oldest line delivered; the line leaves the ring when it is done. */
void console_consume(struct console *c, size_t n);
/* Queue a line directly (tests, and the reader thread). Returns false if the ring is full. */
bool console_push(struct console *c, const char *text, size_t len);

#endif
