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
#include "console.h"
#include "diag.h"

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

int diag_cp_command(const struct vm *vm, const char *cmd, size_t len, char *out, size_t room, size_t *out_len)
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
            n = snprintf(out, room, "%-8s AT ZSIE\n", vm->id);
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

/* Guest real storage, one byte at a time (prefixing applies per byte). */
static uint8_t *real_byte(struct cpu *cpu, uint64_t real)
{
    uint64_t abs = real_to_abs(cpu, real);
    return storage_valid(cpu->mem, abs, 1) ? storage_ptr(cpu->mem, abs) : NULL;
}

/* Store one byte of guest real storage (checked with real_byte first) as a CPU store does:
 * the block's reference and change bits are set, so a guest that tracks changed pages
 * through the storage keys sees the response. */
static void real_store(struct cpu *cpu, uint64_t real, uint8_t v)
{
    uint64_t abs = real_to_abs(cpu, real);
    *storage_ptr(cpu->mem, abs) = v;
    *storage_key(cpu->mem, abs) |= SKEY_R | SKEY_C;
}

static void set_low32(uint64_t *r, uint32_t v)
{
    *r = (*r & 0xFFFFFFFF00000000ULL) | v;
}

int diag_008(struct cp_icpt *ic)
{
    struct cpu *cpu = ic->cpu;
    unsigned rx = ic->in.r1, ry = ic->in.r3;
    uint32_t ryv = (uint32_t)cpu->gr[ry];
    if (ryv == 0)
        return CP_DONE;
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
    char cmd[CMD_MAX] = {0}; /* zeroed: len may be 0 */
    uint64_t cmd_addr = cpu->gr[rx] & amode_mask(cpu);
    for (uint32_t i = 0; i < len; i++) {
        const uint8_t *b = real_byte(cpu, (cmd_addr + i) & amode_mask(cpu));
        if (!b)
            return PGM_ADDRESSING;
        cmd[i] = (char)cp037_to_latin1(*b);
    }
    for (uint32_t i = 0; buffer && i < buf_len; i++)
        if (!real_byte(cpu, (buf_addr + i) & amode_mask(cpu)))
            return PGM_ADDRESSING;

    struct vm *vm = ic->v->vm;
    char resp[RESPONSE_MAX];
    size_t rlen;
    int code = diag_cp_command(vm, cmd, len, resp, sizeof resp, &rlen);
    set_low32(&cpu->gr[ry], (uint32_t)code);
    if (!buffer) {
        pthread_mutex_lock(&vm->m.lock);
        console_write_ascii(&vm->m.console, (const uint8_t *)resp, rlen);
        pthread_mutex_unlock(&vm->m.lock);
        return CP_DONE;
    }
    /* whole lines only; each '\n' becomes X'15' */
    size_t fit = 0;
    for (size_t i = 0; i < rlen && i < buf_len; i++)
        if (resp[i] == '\n')
            fit = i + 1;
    if (rlen <= buf_len)
        fit = rlen;
    for (size_t i = 0; i < fit; i++)
        real_store(cpu, (buf_addr + i) & amode_mask(cpu),
                   resp[i] == '\n' ? EBCDIC_NL : latin1_to_cp037((uint8_t)resp[i]));
    if (fit == rlen) {
        set_low32(&cpu->gr[ry + 1], (uint32_t)rlen);
        cpu->cc = 0;
    } else {
        set_low32(&cpu->gr[ry + 1], (uint32_t)(rlen - fit));
        cpu->cc = 1;
    }
    return CP_DONE;
}
