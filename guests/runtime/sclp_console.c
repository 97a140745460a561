/* Console output through the SCLP: Write Event Mask once, then one Write Event Data per line,
 * as ASCII console data (event type 0x1A) when the SCLP takes it, else as a line-mode message
 * (MDB with one general object and one EBCDIC message-text object).  Each request is followed
 * by an enabled wait for the service-signal external interruption, as the SCLP requires
 * before the SCCB may be reused. */
#include <stddef.h>
#include <stdint.h>

#include "lowcore.h"
#include "sclp.h"
#include "zrt.h"

#define SCCB_SIZE 4096
#define LINE_MAX_CHARS 2000

static uint8_t sccb[SCCB_SIZE] __attribute__((aligned(4096)));

enum console_mode { CON_UNKNOWN, CON_VT220, CON_LINEMODE, CON_NONE };
static enum console_mode mode;

static char line[LINE_MAX_CHARS];
static size_t line_len;

/* ASCII to EBCDIC (code page 037) for 0x00-0x7F; anything else becomes '?'. */
static const uint8_t ascii_to_ebcdic[128] = {
    0x00, 0x01, 0x02, 0x03, 0x37, 0x2D, 0x2E, 0x2F, 0x16, 0x05, 0x25, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F,
    0x10, 0x11, 0x12, 0x13, 0x3C, 0x3D, 0x32, 0x26, 0x18, 0x19, 0x3F, 0x27, 0x1C, 0x1D, 0x1E, 0x1F,
    0x40, 0x5A, 0x7F, 0x7B, 0x5B, 0x6C, 0x50, 0x7D, 0x4D, 0x5D, 0x5C, 0x4E, 0x6B, 0x60, 0x4B, 0x61,
    0xF0, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0x7A, 0x5E, 0x4C, 0x7E, 0x6E, 0x6F,
    0x7C, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xC7, 0xC8, 0xC9, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6,
    0xD7, 0xD8, 0xD9, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xBA, 0xE0, 0xBB, 0xB0, 0x6D,
    0x79, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96,
    0x97, 0x98, 0x99, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xC0, 0x4F, 0xD0, 0xA1, 0x07,
};

static inline uint32_t lowcore_read32(unsigned long offset)
{
    uint32_t v;
    /* Through asm: gcc treats constant addresses below 4 KiB as null-pointer arithmetic. */
    __asm__ volatile("l %0,0(%1)" : "=d"(v) : "a"(offset) : "memory");
    return v;
}

static int servc(uint32_t command)
{
    int cc;
    __asm__ volatile(".insn rre,0xb2200000,%[cmd],%[addr]\n\t"
                     "ipm %[cc]\n\t"
                     "srl %[cc],28"
                     : [cc] "=d"(cc)
                     : [cmd] "d"(command), [addr] "a"(sccb)
                     : "cc", "memory");
    return cc;
}

/* Issue one SCLP command on the SCCB and wait for its completion; the response code, or -1
 * when the SCLP is not operational. */
static int sclp_request(uint32_t command)
{
    for (int tries = 0; tries < 100; tries++) {
        int cc = servc(command);
        if (cc == 2)
            continue; /* busy: only if a request is outstanding, which we never leave */
        if (cc != 0)
            return -1;
        for (;;) {
            unsigned code = rt_wait_ext();
            uint32_t param = lowcore_read32(LC_EXT_PARAMS);
            if (code == EXT_SERVICE_SIGNAL && (param & ~7u) == (uint32_t)(uintptr_t)sccb)
                break;
        }
        return ((const struct sccb_header *)sccb)->response_code;
    }
    return -1;
}

static void sccb_clear(size_t n)
{
    for (size_t i = 0; i < n; i++)
        sccb[i] = 0;
}

/* "zrt.linemode" on the command line prefers line-mode messages (to test that path). */
static int linemode_requested(void)
{
    static const char key[] = "zrt.linemode";
    for (const char *p = rt_cmdline(); *p; p++) {
        size_t i = 0;
        while (key[i] && p[i] == key[i])
            i++;
        if (!key[i])
            return 1;
    }
    return 0;
}

static enum console_mode console_init(void)
{
    struct sccb_event_mask *m = (struct sccb_event_mask *)sccb;
    sccb_clear(sizeof(*m));
    m->h.length = sizeof(*m);
    m->mask_length = 4;
    m->cp_send_mask = SCLP_EVMASK(SCLP_EVTYP_MSG) | SCLP_EVMASK(SCLP_EVTYP_VT220);
    if (sclp_request(SCLP_CMD_WRITE_EVENT_MASK) != SCLP_RC_NORMAL_COMPLETION)
        return CON_NONE;
    if ((m->sclp_receive_mask & SCLP_EVMASK(SCLP_EVTYP_MSG)) && linemode_requested())
        return CON_LINEMODE;
    if (m->sclp_receive_mask & SCLP_EVMASK(SCLP_EVTYP_VT220))
        return CON_VT220;
    return CON_LINEMODE; /* also when the SCLP names neither: line mode is the oldest */
}

static int write_vt220(const char *s, size_t n)
{
    struct sccb_header *h = (struct sccb_header *)sccb;
    struct sclp_evbuf *ev = (struct sclp_evbuf *)(sccb + sizeof(*h));
    char *data = (char *)(ev + 1);
    sccb_clear(sizeof(*h) + sizeof(*ev));
    for (size_t i = 0; i < n; i++)
        data[i] = s[i];
    h->length = (uint16_t)(sizeof(*h) + sizeof(*ev) + n);
    ev->length = (uint16_t)(sizeof(*ev) + n);
    ev->type = SCLP_EVTYP_VT220;
    return sclp_request(SCLP_CMD_WRITE_EVENT_DATA) == SCLP_RC_NORMAL_COMPLETION ? 0 : -1;
}

static int write_linemode(const char *s, size_t n)
{
    struct sccb_header *h = (struct sccb_header *)sccb;
    struct sclp_evbuf *ev = (struct sclp_evbuf *)(sccb + sizeof(*h));
    struct sclp_mdb_header *mdb = (struct sclp_mdb_header *)(ev + 1);
    struct sclp_go *go = (struct sclp_go *)(mdb + 1);
    struct sclp_mto *mto = (struct sclp_mto *)(go + 1);
    uint8_t *text = (uint8_t *)(mto + 1);
    size_t total = (size_t)(text - sccb) + n;
    sccb_clear((size_t)(text - sccb));
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        text[i] = c < 128 ? ascii_to_ebcdic[c] : 0x6F;
    }
    mto->length = (uint16_t)(sizeof(*mto) + n);
    mto->type = 4;
    mto->line_type_flags = SCLP_MTO_END_TEXT;
    go->length = sizeof(*go);
    go->type = 1;
    mdb->length = (uint16_t)(sizeof(*mdb) + sizeof(*go) + sizeof(*mto) + n);
    mdb->type = 1;
    mdb->tag = SCLP_MDB_TAG;
    mdb->revision = 1;
    ev->length = (uint16_t)(sizeof(*ev) + mdb->length);
    ev->type = SCLP_EVTYP_MSG;
    h->length = (uint16_t)total;
    return sclp_request(SCLP_CMD_WRITE_EVENT_DATA) == SCLP_RC_NORMAL_COMPLETION ? 0 : -1;
}

/* Send the buffered line; `newline` says whether it ended with '\n' (line mode drops it). */
static void flush_line(int newline)
{
    if (mode == CON_UNKNOWN)
        mode = console_init();
    if (mode == CON_VT220) {
        if (newline)
            line[line_len++] = '\n';
        if (write_vt220(line, line_len) != 0)
            mode = CON_NONE;
    } else if (mode == CON_LINEMODE) {
        if (write_linemode(line, line_len) != 0)
            mode = CON_NONE;
    }
    line_len = 0;
}

void rt_console_putc(char c)
{
    if (c == '\n') {
        flush_line(1);
        return;
    }
    line[line_len++] = c;
    if (line_len == LINE_MAX_CHARS - 1) /* keep room for the '\n' */
        flush_line(0);
}

void rt_console_flush(void)
{
    if (line_len)
        flush_line(0);
}
