/* The operator console: EBCDIC 037 conversion, guest output to a host stream, and host input
 * lines read by a thread that queues them for the SCLP's read-event-data command. */
#include "console.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void console_init(struct console *c, FILE *out, int in_fd, pthread_mutex_t *lock)
{
    memset(c, 0, sizeof *c);
    c->out = out;
    c->in_fd = in_fd;
    c->lock = lock;
    c->last_was_lf = true;
    pthread_cond_init(&c->space, NULL);
}

void console_free(struct console *c)
{
    if (c->reader_started) {
        pthread_mutex_lock(c->lock);
        c->reader_quit = true;
        pthread_cond_broadcast(&c->space);
        pthread_mutex_unlock(c->lock);
        pthread_join(c->reader, NULL);
        c->reader_started = false;
    }
    free(c->ring);
    c->ring = NULL;
    pthread_cond_destroy(&c->space);
}

/* Latin-1 to the UTF-8 a host terminal expects; C0/C1 controls other than tab and newline
 * are dropped so that a stray control byte cannot disturb the terminal. */
static void put_latin1(FILE *f, uint8_t ch)
{
    if (ch == '\n' || ch == '\t' || (ch >= 0x20 && ch < 0x7F)) {
        fputc(ch, f);
    } else if (ch >= 0xA0) {
        fputc(0xC0 | (ch >> 6), f);
        fputc(0x80 | (ch & 0x3F), f);
    }
}

/* With a prefix: one character of output, the prefix first at the start of a line. */
static void put_prefixed(struct console *c, uint8_t ch, bool latin1)
{
    if (!c->mid_line)
        fputs(c->prefix, c->out);
    c->mid_line = ch != '\n';
    if (latin1)
        put_latin1(c->out, ch);
    else
        fputc(ch, c->out);
}

void console_write_ebcdic_line(struct console *c, const uint8_t *text, size_t len)
{
    if (!c->out)
        return;
    if (c->prefix)
        flockfile(c->out);
    for (size_t i = 0; i < len; i++) {
        uint8_t ch = cp037_to_latin1(text[i]);
        ch = ch == 0x85 ? '\n' : ch; /* NL ends a line as LF does */
        if (c->prefix)
            put_prefixed(c, ch, true);
        else
            put_latin1(c->out, ch);
    }
    if (c->prefix)
        put_prefixed(c, '\n', false);
    else
        fputc('\n', c->out);
    fflush(c->out);
    if (c->prefix)
        funlockfile(c->out);
    c->last_was_lf = true;
}

void console_write_ascii(struct console *c, const uint8_t *text, size_t len)
{
    if (!c->out)
        return;
    if (c->prefix)
        flockfile(c->out);
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '\r' && c->last_was_lf) {
            c->last_was_lf = false;
            continue;
        }
        if (c->prefix)
            put_prefixed(c, text[i], false);
        else
            fputc(text[i], c->out);
        c->last_was_lf = text[i] == '\n';
    }
    fflush(c->out);
    if (c->prefix)
        funlockfile(c->out);
}

bool console_has_input(const struct console *c)
{
    return c->count > 0;
}

const char *console_peek(const struct console *c, size_t *len)
{
    if (!c->count) {
        *len = 0;
        return NULL;
    }
    const struct console_line *l = &c->ring[c->head];
    *len = l->len - l->off;
    return l->text + l->off;
}

void console_consume(struct console *c, size_t n)
{
    if (!c->count)
        return;
    struct console_line *l = &c->ring[c->head];
    l->off += n < l->len - l->off ? n : l->len - l->off;
    if (l->off == l->len) {
        c->head = (c->head + 1) % CONSOLE_QUEUE_MAX;
        c->count--;
        pthread_cond_signal(&c->space);
    }
}

bool console_push(struct console *c, const char *text, size_t len)
{
    if (!c->ring) {
        c->ring = calloc(CONSOLE_QUEUE_MAX, sizeof *c->ring);
        if (!c->ring)
            return false;
    }
    if (c->count == CONSOLE_QUEUE_MAX)
        return false;
    struct console_line *l = &c->ring[(c->head + c->count) % CONSOLE_QUEUE_MAX];
    if (len > CONSOLE_LINE_MAX)
        len = CONSOLE_LINE_MAX;
    memcpy(l->text, text, len);
    l->len = len;
    l->off = 0;
    c->count++;
    return true;
}

/* The reader: polls so that it notices console_free() within a tenth of a second. */
static void *reader_main(void *arg)
{
    struct console *c = arg;
    char buf[CONSOLE_LINE_MAX];
    size_t have = 0;
    for (;;) {
        pthread_mutex_lock(c->lock);
        bool quit = c->reader_quit;
        pthread_mutex_unlock(c->lock);
        if (quit)
            break;
        struct pollfd p = {.fd = c->in_fd, .events = POLLIN};
        int n = poll(&p, 1, 100);
        if (n < 0 && errno != EINTR)
            break;
        if (n <= 0)
            continue;
        ssize_t got = read(c->in_fd, buf + have, sizeof buf - have);
        if (got < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        bool eof = got <= 0;
        if (!eof)
            have += (size_t)got;
        /* hand over every complete line, or a full buffer, or the rest at end of file */
        for (;;) {
            char *nl = memchr(buf, '\n', have);
            size_t len = nl ? (size_t)(nl - buf) + 1 : (have == sizeof buf || (eof && have)) ? have : 0;
            if (!len)
                break;
            pthread_mutex_lock(c->lock);
            while (!c->reader_quit && !console_push(c, buf, len))
                pthread_cond_wait(&c->space, c->lock);
            if (!c->reader_quit && c->arrived)
                c->arrived(c->arrived_ctx);
            quit = c->reader_quit;
            pthread_mutex_unlock(c->lock);
            memmove(buf, buf + len, have - len);
            have -= len;
            if (quit)
                return NULL;
        }
        if (eof) {
            pthread_mutex_lock(c->lock);
            c->in_eof = true;
            pthread_mutex_unlock(c->lock);
            break;
        }
    }
    return NULL;
}

void console_start_input(struct console *c, void (*arrived)(void *), void *ctx)
{
    c->arrived = arrived;
    c->arrived_ctx = ctx;
    if (c->reader_started || c->in_fd < 0)
        return;
    if (!c->ring) {
        c->ring = calloc(CONSOLE_QUEUE_MAX, sizeof *c->ring);
        if (!c->ring)
            return;
    }
    if (pthread_create(&c->reader, NULL, reader_main, c) == 0)
        c->reader_started = true;
}
