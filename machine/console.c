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
    console_flush(c);
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

/* ---- output ---- */

/* Length of the valid UTF-8 sequence at s[0..n) for a code point a terminal shows as text
 * (U+00A0 and up, no surrogates), or 0. */
static unsigned utf8_text(const uint8_t *s, size_t n)
{
    unsigned len;
    uint32_t cp;
    if (s[0] >= 0xC2 && s[0] <= 0xDF) {
        len = 2;
        cp = s[0] & 0x1F;
    } else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
        len = 3;
        cp = s[0] & 0x0F;
    } else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
        len = 4;
        cp = s[0] & 0x07;
    } else {
        return 0;
    }
    if (n < len)
        return 0;
    for (unsigned i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = cp << 6 | (s[i] & 0x3F);
    }
    static const uint32_t min[5] = {0, 0, 0xA0, 0x800, 0x10000}; /* C1 controls and overlongs out */
    if (cp < min[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

/* An incomplete UTF-8 sequence at the end of s[0..n) that may yet be completed: its length. */
static unsigned utf8_pending(const uint8_t *s, size_t n)
{
    for (unsigned back = 1; back <= 3 && back <= n; back++) {
        uint8_t b = s[n - back];
        if ((b & 0xC0) == 0x80)
            continue;
        unsigned need = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
        return need > back ? back : 0;
    }
    return 0;
}

static char *put_escaped_byte(char *o, uint8_t b)
{
    static const char hex[] = "0123456789ABCDEF";
    *o++ = '\\';
    *o++ = 'x';
    *o++ = hex[b >> 4];
    *o++ = hex[b & 15];
    return o;
}

/* Write line[0..n) (Latin-1 when latin1, else UTF-8) with the prefix, control characters and
 * anything a terminal could take for one escaped, and a newline if eol: one fwrite. */
static void put_line(struct console *c, const uint8_t *s, size_t n, bool latin1, bool eol)
{
    char buf[32 + 4 * CONSOLE_OUT_LINE + 2];
    char *o = buf;
    if (c->prefix) {
        size_t pl = strnlen(c->prefix, 24);
        memcpy(o, c->prefix, pl);
        o += pl;
    }
    for (size_t i = 0; i < n; i++) {
        uint8_t b = s[i];
        if (b == '\t' || (b >= 0x20 && b < 0x7F)) {
            *o++ = (char)b;
        } else if (b < 0x80 || (b < 0xA0 && latin1)) {
            o = put_escaped_byte(o, b);
        } else if (latin1) {
            *o++ = (char)(0xC0 | (b >> 6));
            *o++ = (char)(0x80 | (b & 0x3F));
        } else {
            unsigned len = utf8_text(s + i, n - i);
            if (!len) {
                o = put_escaped_byte(o, b);
            } else {
                memcpy(o, s + i, len);
                o += len;
                i += len - 1;
            }
        }
    }
    if (eol)
        *o++ = '\n';
    fwrite(buf, 1, (size_t)(o - buf), c->out);
    fflush(c->out);
}

/* The assembled line is complete (eol), or full, or wanted now (one machine). */
static void line_out(struct console *c, bool latin1, bool eol)
{
    size_t n = c->llen;
    if (eol)
        while (n && c->line[n - 1] == '\r') /* CR LF ends a line as LF does */
            n--;
    size_t keep = 0;
    if (!eol && !latin1 && c->llen < CONSOLE_OUT_LINE)
        keep = utf8_pending(c->line, n); /* the rest of a character may come with the next write */
    if (n - keep || eol)
        put_line(c, c->line, n - keep, latin1, eol || c->prefix);
    memmove(c->line, c->line + n - keep, keep);
    c->llen = keep;
}

static void put_byte(struct console *c, uint8_t ch, bool latin1)
{
    if (ch == '\n') {
        line_out(c, latin1, true);
        return;
    }
    c->line[c->llen++] = ch;
    if (c->llen == CONSOLE_OUT_LINE)
        line_out(c, latin1, false); /* broken: with a prefix a new line starts */
}

void console_write_ebcdic_line(struct console *c, const uint8_t *text, size_t len)
{
    if (!c->out)
        return;
    if (c->llen)
        line_out(c, false, true); /* an ASCII line left open ends here */
    for (size_t i = 0; i < len; i++) {
        uint8_t ch = cp037_to_latin1(text[i]);
        put_byte(c, ch == 0x85 ? '\n' : ch, true); /* NL ends a line as LF does */
    }
    line_out(c, true, true);
    c->last_was_lf = true;
}

void console_write_ascii(struct console *c, const uint8_t *text, size_t len)
{
    if (!c->out)
        return;
    if (c->raw) {
        for (size_t i = 0; i < len; i++) {
            if (text[i] == '\r' && c->last_was_lf) {
                c->last_was_lf = false;
                continue;
            }
            fputc(text[i], c->out);
            c->last_was_lf = text[i] == '\n';
        }
        fflush(c->out);
        return;
    }
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '\r' && c->last_was_lf) {
            c->last_was_lf = false;
            continue;
        }
        put_byte(c, text[i], false);
        c->last_was_lf = text[i] == '\n';
    }
    if (!c->prefix && c->llen)
        line_out(c, false, false); /* one machine: a prompt shows at once */
}

void console_flush(struct console *c)
{
    if (c->out && c->llen)
        line_out(c, false, true);
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
