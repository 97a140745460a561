/* vmcp: CP commands from a guest, the way Linux's /dev/vmcp issues them (DIAGNOSE X'008' with
 * a response buffer; on CC 1 it retries with the length CP said it needs: buffer length +
 * Ry+1).  The commands come from the command line (--append), separated by ';'; without one
 * it asks QUERY USERID.  Prints each response and "vmcp: rc N" (the CP completion code).
 *
 *   zsie run guests/vmcp.elf --append "Q USERID;Q NAMES;Q V STOR"
 *
 * The text is converted to and from EBCDIC (code page 037) here, as Linux's ASCEBC does. */
#include <stdio.h>
#include <string.h>
#include <zrt.h>

#define CMD_MAX 240
#define BUF_MAX 65536

/* code page 037 for the characters a CP command and its response use */
static const char latin[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .(+*);-/,_:#@'=$<>%?!&|\"";
static const unsigned char ebc[] = {
    0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xC7, 0xC8, 0xC9, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xD9,
    0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x91,
    0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xF0, 0xF1,
    0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0x40, 0x4B, 0x4D, 0x4E, 0x5C, 0x5D, 0x5E, 0x60, 0x61, 0x6B,
    0x6D, 0x7A, 0x7B, 0x7C, 0x7D, 0x7E, 0x5B, 0x4C, 0x6E, 0x6C, 0x6F, 0x5A, 0x50, 0x4F, 0x7F};

static unsigned char to_ebcdic(char c)
{
    const char *p = strchr(latin, c);
    return c && p ? ebc[p - latin] : 0x6F; /* '?' */
}

static char from_ebcdic(unsigned char e)
{
    if (e == 0x15)
        return '\n';
    for (unsigned i = 0; i < sizeof ebc; i++)
        if (ebc[i] == e)
            return latin[i];
    return '?';
}

static unsigned char cmd_buf[CMD_MAX];
static unsigned char resp[BUF_MAX];

/* DIAG 2,4,X'008' with Rx+1/Ry+1 the response buffer; returns the CC. */
static int diag8(unsigned long len, unsigned long buflen, unsigned long *rc, unsigned long *rlen)
{
    register unsigned long r2 __asm__("2") = (unsigned long)cmd_buf;
    register unsigned long r3 __asm__("3") = (unsigned long)resp;
    register unsigned long r4 __asm__("4") = 0x40000000UL | len;
    register unsigned long r5 __asm__("5") = buflen;
    int cc;
    __asm__ volatile("diag %[rx],%[ry],0x8\n\tipm %[cc]\n\tsrl %[cc],28"
                     : [cc] "=&d"(cc), [ry] "+d"(r4), "+d"(r5)
                     : [rx] "d"(r2), "d"(r3)
                     : "cc", "memory");
    *rc = r4 & 0xFFFFFFFFUL;
    *rlen = r5 & 0xFFFFFFFFUL;
    return cc;
}

static void run(const char *cmd, size_t len)
{
    if (len > CMD_MAX)
        len = CMD_MAX;
    for (size_t i = 0; i < len; i++)
        cmd_buf[i] = to_ebcdic(cmd[i]);
    unsigned long buflen = 64, rc, n;
    for (;;) {
        memset(resp, 0, sizeof resp);
        int cc = diag8(len, buflen, &rc, &n);
        if (cc == 0)
            break;
        /* CC 1: the buffer held buflen bytes and n did not fit */
        printf("vmcp: %lu bytes needed, buffer was %lu\n", buflen + n, buflen);
        if (buflen + n > BUF_MAX) {
            n = buflen;
            break;
        }
        buflen += n;
    }
    printf("vmcp: %.*s\n", (int)len, cmd);
    for (unsigned long i = 0; i < n; i++)
        rt_console_putc(from_ebcdic(resp[i]));
    printf("vmcp: rc %lu\n", rc);
}

int main(void)
{
    const char *line = rt_cmdline();
    if (!*line)
        line = "Q USERID";
    while (*line) {
        const char *semi = strchr(line, ';');
        size_t len = semi ? (size_t)(semi - line) : strlen(line);
        run(line, len);
        line += len + (semi ? 1 : 0);
    }
    return 0;
}
