/* The operator console: EBCDIC 037 conversion, guest output to a host stream, and host input
 * lines read by a thread that queues them for the SCLP's read-event-data command. */
#include "console.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Code page 037 (EBCDIC, USA/Canada) to ISO 8859-1, indexed by the EBCDIC byte, as IBM
 * publishes the code page (CCSID 37).  Controls map to their ISO 6429 counterparts: 0x15 NL
 * to U+0085, 0x25 LF to U+000A. */
static const uint8_t ebc037[256] = {
    /* 0x00 */ 0x00, 0x01, 0x02, 0x03, 0x9C, 0x09, 0x86, 0x7F, 0x97, 0x8D, 0x8E, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F,
    /* 0x10 */ 0x10, 0x11, 0x12, 0x13, 0x9D, 0x85, 0x08, 0x87, 0x18, 0x19, 0x92, 0x8F, 0x1C, 0x1D, 0x1E, 0x1F,
    /* 0x20 */ 0x80, 0x81, 0x82, 0x83, 0x84, 0x0A, 0x17, 0x1B, 0x88, 0x89, 0x8A, 0x8B, 0x8C, 0x05, 0x06, 0x07,
    /* 0x30 */ 0x90, 0x91, 0x16, 0x93, 0x94, 0x95, 0x96, 0x04, 0x98, 0x99, 0x9A, 0x9B, 0x14, 0x15, 0x9E, 0x1A,
    /* 0x40 */ 0x20, 0xA0, 0xE2, 0xE4, 0xE0, 0xE1, 0xE3, 0xE5, 0xE7, 0xF1, 0xA2, 0x2E, 0x3C, 0x28, 0x2B, 0x7C,
    /* 0x50 */ 0x26, 0xE9, 0xEA, 0xEB, 0xE8, 0xED, 0xEE, 0xEF, 0xEC, 0xDF, 0x21, 0x24, 0x2A, 0x29, 0x3B, 0xAC,
    /* 0x60 */ 0x2D, 0x2F, 0xC2, 0xC4, 0xC0, 0xC1, 0xC3, 0xC5, 0xC7, 0xD1, 0xA6, 0x2C, 0x25, 0x5F, 0x3E, 0x3F,
    /* 0x70 */ 0xF8, 0xC9, 0xCA, 0xCB, 0xC8, 0xCD, 0xCE, 0xCF, 0xCC, 0x60, 0x3A, 0x23, 0x40, 0x27, 0x3D, 0x22,
    /* 0x80 */ 0xD8, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0xAB, 0xBB, 0xF0, 0xFD, 0xFE, 0xB1,
    /* 0x90 */ 0xB0, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x70, 0x71, 0x72, 0xAA, 0xBA, 0xE6, 0xB8, 0xC6, 0xA4,
    /* 0xA0 */ 0xB5, 0x7E, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0xA1, 0xBF, 0xD0, 0xDD, 0xDE, 0xAE,
    /* 0xB0 */ 0x5E, 0xA3, 0xA5, 0xB7, 0xA9, 0xA7, 0xB6, 0xBC, 0xBD, 0xBE, 0x5B, 0x5D, 0xAF, 0xA8, 0xB4, 0xD7,
    /* 0xC0 */ 0x7B, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0xAD, 0xF4, 0xF6, 0xF2, 0xF3, 0xF5,
    /* 0xD0 */ 0x7D, 0x4A, 0x4B, 0x4C, 0x4D, 0x4E, 0x4F, 0x50, 0x51, 0x52, 0xB9, 0xFB, 0xFC, 0xF9, 0xFA, 0xFF,
    /* 0xE0 */ 0x5C, 0xF7, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5A, 0xB2, 0xD4, 0xD6, 0xD2, 0xD3, 0xD5,
    /* 0xF0 */ 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0xB3, 0xDB, 0xDC, 0xD9, 0xDA, 0x9F,
};

uint8_t cp037_to_latin1(uint8_t e)
{
    return ebc037[e];
}

uint8_t latin1_to_cp037(uint8_t a)
{
    /* only operator input goes this way, a line at a time: a search is cheap enough */
    for (unsigned e = 0; e < 256; e++)
        if (ebc037[e] == a)
            return (uint8_t)e;
    return 0x6F; /* '?' (not reached: the table is a permutation) */
}

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
