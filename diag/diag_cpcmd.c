/* DIAGNOSE X'008', virtual console function: the guest issues a CP command (z/VM CP
 * Programming Services; facts.md 3).
 *
 *   Rx      guest real address of the command, EBCDIC
 *   Ry      bits 32-39 flags (0x40: return the response in a buffer), bits 40-63 the
 *           command length, at most 240; Ry = 0 is a no-operation
 *   Rx+1    with 0x40: guest real address of the response buffer
 *   Ry+1    with 0x40: its length in bytes, at most 8192
 *
 * On return Ry (bits 32-63) holds the completion code: 0, or the number of the message that
 * reports the error (HCPCMD001E: 1).  With a buffer the response lines, each followed by the
 * EBCDIC new-line character X'15', go into it: CC 0 and Ry+1 = the response length if it
 * fits; otherwise as many whole lines as fit, CC 1, and Ry+1 = the bytes that did not fit.
 * With a buffer, Rx and Ry may not be consecutive registers nor register 15 (specification
 * exception).  Without a buffer the response goes to the virtual console. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "access.h"
#include "diag.h"
#include "ebcdic.h"

#define CMD_MAX 240
#define RESPONSE_MAX 8192
#define DIAG8_RESPONSE_BUFFER 0x40
#define EBCDIC_NL 0x15

/* The next blank-delimited word of s (advanced past it), upper-cased into w. */
static size_t next_word(const char **s, const char *end, char *w, size_t room)
{
    const char *p = *s;
    while (p < end && *p == ' ')
        p++;
    size_t n = 0;
    while (p < end && *p != ' ') {
        if (n + 1 < room)
            w[n++] = (char)toupper((unsigned char)*p);
        p++;
    }
    w[n] = 0;
    *s = p;
    return n;
}

/* A CP command word with its minimum abbreviation: "QUERY" from "Q" on. */
static bool is_cmd(const char *w, const char *full, size_t min)
{
    size_t n = strlen(w);
    return n >= min && n <= strlen(full) && !strncmp(w, full, n);
}

int diag_cp_command(struct diag_vm *vm, const char *cmd, size_t len, char *out, size_t room, size_t *out_len)
{
    const char *p = cmd, *end = cmd + len;
    char w1[16], w2[16];
    int rc = 0;
    int n = 0;
    if (!next_word(&p, end, w1, sizeof w1)) {
        *out_len = 0;
        return 0; /* a blank command does nothing */
    }
    if (is_cmd(w1, "QUERY", 1)) {
        next_word(&p, end, w2, sizeof w2);
        if (!strcmp(w2, "USERID")) {
            n = snprintf(out, room, "%-8s AT ZSIE\n", vm->userid);
        } else {
            n = snprintf(out, room, "HCPCQU003E Invalid option - %s\n", w2[0] ? w2 : "(none)");
            rc = 3;
        }
    } else {
        n = snprintf(out, room, "HCPCMD001E Unknown CP command: %s\n", w1);
        rc = 1;
    }
    *out_len = n < 0 ? 0 : (size_t)n < room ? (size_t)n : room - 1;
    return rc;
}

int diag_008(struct diag_call *dc)
{
    struct cpu *cpu = dc->cpu;
    unsigned rx = dc->rx, ry = dc->ry;
    uint32_t ryv = (uint32_t)cpu->gr[ry];
    if (ryv == 0)
        return DIAG_DONE;
    bool buffer = (ryv >> 24) & DIAG8_RESPONSE_BUFFER;
    uint32_t len = ryv & 0xFFFFFF;
    if (len > CMD_MAX)
        return PGM_SPECIFICATION;
    uint64_t buf_addr = 0;
    uint32_t buf_len = 0;
    if (buffer) {
        if (rx == 15 || ry == 15 || rx + 1 == ry || ry + 1 == rx)
            return PGM_SPECIFICATION;
        buf_addr = cpu->gr[rx + 1] & amode_mask(cpu);
        buf_len = (uint32_t)cpu->gr[ry + 1];
        if (buf_len > RESPONSE_MAX)
            return PGM_SPECIFICATION;
    }
    uint8_t text[CMD_MAX];
    char cmd[CMD_MAX] = {0}; /* zeroed: len may be 0 */
    uint64_t cmd_addr = cpu->gr[rx] & amode_mask(cpu);
    int rc = diag_read(dc, cmd_addr, text, len);
    if (!rc && buffer)
        rc = diag_block(dc, buf_addr, buf_len, 1, true);
    if (rc)
        return rc;
    for (uint32_t i = 0; i < len; i++)
        cmd[i] = (char)cp037_to_latin1(text[i]);

    char resp[RESPONSE_MAX];
    size_t rlen;
    int code = diag_cp_command(dc->vm, cmd, len, resp, sizeof resp, &rlen);
    diag_set_low32(&cpu->gr[ry], (uint32_t)code);
    snprintf(dc->note, sizeof dc->note, "\"%.*s\" rc %d, %zu response bytes", (int)(len < 60 ? len : 60), cmd,
             code, rlen);
    if (!buffer) {
        /* to the virtual console, line by line */
        for (size_t i = 0, s = 0; i < rlen; i++)
            if (resp[i] == '\n') {
                resp[i] = 0;
                if (dc->vm->ops && dc->vm->ops->console)
                    dc->vm->ops->console(dc->vm->host, dc->vm, resp + s);
                s = i + 1;
            }
        return DIAG_DONE;
    }
    /* whole lines only; each '\n' becomes X'15' */
    size_t fit = 0;
    for (size_t i = 0; i < rlen && i < buf_len; i++)
        if (resp[i] == '\n')
            fit = i + 1;
    if (rlen <= buf_len)
        fit = rlen;
    uint8_t ebc[RESPONSE_MAX];
    for (size_t i = 0; i < fit; i++)
        ebc[i] = resp[i] == '\n' ? EBCDIC_NL : latin1_to_cp037((uint8_t)resp[i]);
    rc = diag_write(dc, buf_addr, ebc, fit);
    if (rc)
        return rc;
    if (fit == rlen) {
        diag_set_low32(&cpu->gr[ry + 1], (uint32_t)rlen);
        cpu->cc = 0;
    } else {
        diag_set_low32(&cpu->gr[ry + 1], (uint32_t)(rlen - fit));
        cpu->cc = 1;
    }
    return DIAG_DONE;
}
