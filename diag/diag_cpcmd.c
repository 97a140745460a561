/* DIAGNOSE X'008', virtual console function: the guest issues CP commands (z/VM CP
 * Programming Services, DIAGNOSE code X'08'; Linux's /dev/vmcp through
 * arch/s390/kernel/cpcmd.c).  The commands themselves are diag/cpcmd*.c.
 *
 *   Rx      guest real address of the command line, EBCDIC; commands separated by X'15'
 *   Ry      bits 32-39 flags, bits 40-63 the command length, at most 240;
 *           Ry = 0 is a no-operation
 *           flag X'40': return the response in a buffer; X'80' and X'20' (password
 *           handling) are accepted and mean nothing to zsie, which has no passwords;
 *           X'1F' reserved: specification exception (as Hercules)
 *   Rx+1    with X'40': guest real address of the response buffer
 *   Ry+1    with X'40': its length in bytes
 *
 * On return Ry (bits 32-63) holds the completion code: 0, or the number of the message that
 * reports the error (HCPCMD001E: 1).  With a buffer the response lines go into it, each
 * followed by X'15'; if the response fits: CC 0 and Ry+1 = its length; otherwise the buffer
 * is filled with its first Ry+1 bytes, CC 1 and Ry+1 = the bytes that did not fit, so that
 * the buffer length plus Ry+1 is the length needed (what Linux's cpcmd() computes and
 * /dev/vmcp returns as the response size).  Without a buffer the response goes to the
 * virtual console and the CC is unchanged.
 *
 * Checks, in order: a command longer than 240 bytes or a reserved flag: specification; with
 * a buffer, Rx or Ry = 15 or Rx and Ry consecutive: specification; the command outside
 * storage: addressing.  The command is copied out before it runs, so a buffer that overlaps
 * it is harmless.  The response is stored after the command ran: the bytes to be stored are
 * checked first (addressing, protection with the PSW key) and nothing is stored if they
 * fail; the command has taken effect then, as on z/VM. */
#include <stdio.h>
#include <string.h>

#include "access.h"
#include "diag.h"
#include "ebcdic.h"

#define CMD_MAX 240
#define RESPONSE_MAX 16384 /* more than any command here writes (QUERY NAMES of 64 VMs: ~1 KiB) */
#define FLAG_BUFFER 0x40
#define FLAGS_RESERVED 0x1F
#define EBCDIC_NL 0x15

int diag_008(struct diag_call *dc)
{
    struct cpu *cpu = dc->cpu;
    unsigned rx = dc->rx, ry = dc->ry;
    uint32_t ryv = (uint32_t)cpu->gr[ry];
    if (ryv == 0) {
        snprintf(dc->note, sizeof dc->note, "Ry = 0: no operation");
        return DIAG_DONE;
    }
    unsigned flags = ryv >> 24;
    uint32_t len = ryv & 0xFFFFFF;
    bool buffer = flags & FLAG_BUFFER;
    if (len > CMD_MAX || (flags & FLAGS_RESERVED))
        return PGM_SPECIFICATION;
    if (buffer && (rx == 15 || ry == 15 || rx + 1 == ry || ry + 1 == rx))
        return PGM_SPECIFICATION;
    uint8_t text[CMD_MAX];
    uint64_t cmd_addr = cpu->gr[rx] & amode_mask(cpu);
    int rc = diag_read(dc, cmd_addr, text, len);
    if (rc)
        return rc;
    char cmd[CMD_MAX];
    for (uint32_t i = 0; i < len; i++)
        cmd[i] = text[i] == EBCDIC_NL ? '\n' : (char)cp037_to_latin1(text[i]);

    char resp[RESPONSE_MAX];
    size_t rlen;
    bool stop = false;
    int code = diag_cp_command(dc->vm, cmd, len, resp, sizeof resp, &rlen, &stop);
    diag_set_low32(&cpu->gr[ry], (uint32_t)code);
    int shown = 0;
    for (; shown < (int)len && shown < 48 && cmd[shown] != '\n'; shown++)
        ;
    int n = snprintf(dc->note, sizeof dc->note, "\"%.*s%s\" rc %d, %zu response bytes", shown, cmd,
                     (uint32_t)shown < len ? "..." : "", code, rlen);
    if (!buffer) {
        /* to the virtual console, line by line */
        for (size_t i = 0, s = 0; i < rlen; i++)
            if (resp[i] == '\n') {
                resp[i] = 0;
                if (dc->vm->ops && dc->vm->ops->console)
                    dc->vm->ops->console(dc->vm->host, dc->vm, resp + s);
                s = i + 1;
            }
        return stop ? EXEC_STOP : DIAG_DONE;
    }
    uint64_t buf_addr = cpu->gr[rx + 1] & amode_mask(cpu);
    uint32_t buf_len = (uint32_t)cpu->gr[ry + 1];
    size_t fit = rlen < buf_len ? rlen : buf_len;
    _Static_assert(RESPONSE_MAX <= 0x7FFFFFFF, "lengths fit the 32-bit register");
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
    if (n > 0 && (size_t)n < sizeof dc->note)
        snprintf(dc->note + n, sizeof dc->note - (size_t)n, ", CC %u", (unsigned)cpu->cc);
    return stop ? EXEC_STOP : DIAG_DONE;
}
