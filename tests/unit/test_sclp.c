/* The SCLP through the SERVC hook: address checks (program exceptions), read SCP/CPU info,
 * event masks, line-mode and ASCII output, input events, response codes and the service
 * signal.  Layouts and codes: the SCLP interface as Linux and QEMU use it (sclp.h); expected
 * values are worked out by hand. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "machine.h"

#define SCCB 0x10000ULL

static struct machine m;
static char *outbuf;
static size_t outlen;
static FILE *out;
static struct cpu *c0;

static void setup(void)
{
    out = open_memstream(&outbuf, &outlen);
    struct machine_config cfg = {.storage_size = 64ULL << 20, .ncpus = 2, .console_out = out, .console_in = -1};
    ck_assert_int_eq(machine_init(&m, &cfg), 0);
    c0 = &m.cpus[0].cpu;
}

static void teardown(void)
{
    machine_free(&m);
    fclose(out);
    free(outbuf);
}

static uint8_t *at(uint64_t a) { return m.mem.bytes + a; }

/* A zeroed SCCB of the given length at addr. */
static uint8_t *sccb(uint64_t addr, uint16_t len)
{
    memset(at(addr), 0, len > 8 ? len : 8);
    st_be16(at(addr), len);
    return at(addr);
}

static int servc(uint32_t cmd, uint64_t addr)
{
    atomic_store(&c0->pending, 0);
    return machine_servc(c0, cmd, addr, &m);
}

static void expect_signal(uint32_t param)
{
    ck_assert(atomic_load(&c0->pending) & PEND_EXT_SERVICE);
    ck_assert_uint_eq(c0->service_param, param);
}

START_TEST(read_scp_info)
{
    uint8_t *p = sccb(SCCB, 4096);
    p[5] = 0x80;
    ck_assert_int_eq(servc(SCLP_CMD_READ_SCP_INFO, SCCB), 0);
    ck_assert_uint_eq(ld_be16(p + 6), 0x0010);
    ck_assert_uint_eq(ld_be16(p), 4096);
    ck_assert_uint_eq(ld_be16(p + 8), 64); /* 64 MiB in 1-MiB increments */
    ck_assert_uint_eq(p[10], 1);
    ck_assert_uint_eq(ld_be16(p + 16), 2); /* CPU entries */
    ck_assert_uint_eq(ld_be16(p + 18), 128);
    ck_assert_uint_eq(ld_be64(p + 48) & 0x0800000000000000ULL, 0x0800000000000000ULL);
    ck_assert_uint_eq(ld_be32(p + 100), 1);
    ck_assert_uint_eq(ld_be64(p + 104), 64);
    ck_assert_uint_eq(ld_be16(p + 120), 1); /* highest CPU address */
    ck_assert_uint_eq(p[128], 0);
    ck_assert_uint_eq(p[128 + 16], 1);
    ck_assert_uint_eq(p[128 + 2] & 0x08, 0x08); /* SIE facility */
    ck_assert_uint_eq(p[128 + 16 + 2] & 0x08, 0x08);
    expect_signal((uint32_t)SCCB);

    /* the forced variant, and the ignored bits 16-23 of the command word */
    sccb(SCCB, 4096);
    ck_assert_int_eq(servc(SCLP_CMD_READ_SCP_INFO_FORCED, SCCB), 0);
    ck_assert_uint_eq(ld_be16(p + 6), 0x0010);
    sccb(SCCB, 4096);
    ck_assert_int_eq(servc(SCLP_CMD_READ_SCP_INFO | 0x4200, SCCB), 0);
    ck_assert_uint_eq(ld_be16(p + 6), 0x0010);
}
END_TEST

START_TEST(lengths_and_boundaries)
{
    /* 2 CPUs: 128 + 2 * 16 = 160 bytes needed */
    uint8_t *p = sccb(SCCB, 159);
    ck_assert_int_eq(servc(SCLP_CMD_READ_SCP_INFO, SCCB), 0);
    ck_assert_uint_eq(ld_be16(p + 6), 0x0300);
    expect_signal((uint32_t)SCCB);
    p = sccb(SCCB, 160);
    ck_assert_int_eq(servc(SCLP_CMD_READ_SCP_INFO, SCCB), 0);
    ck_assert_uint_eq(ld_be16(p + 6), 0x0010);
    /* read CPU info: 24 + 2 * 16 */
    p = sccb(SCCB, 55);
    servc(SCLP_CMD_READ_CPU_INFO, SCCB);
    ck_assert_uint_eq(ld_be16(p + 6), 0x0300);
    p = sccb(SCCB, 56);
    servc(SCLP_CMD_READ_CPU_INFO, SCCB);
    ck_assert_uint_eq(ld_be16(p + 6), 0x0010);
    ck_assert_uint_eq(ld_be16(p + 8), 2);
    ck_assert_uint_eq(ld_be16(p + 10), 24);
    ck_assert_uint_eq(p[24 + 16], 1);
    /* crossing a 4 KiB boundary, or longer than 4 KiB */
    p = sccb(SCCB + 0xFF8, 16);
    servc(SCLP_CMD_WRITE_EVENT_DATA, SCCB + 0xFF8);
    ck_assert_uint_eq(ld_be16(p + 6), 0x0100);
    p = sccb(SCCB, 4097);
    servc(SCLP_CMD_WRITE_EVENT_DATA, SCCB);
    ck_assert_uint_eq(ld_be16(p + 6), 0x0100);
    /* unknown command words */
    p = sccb(SCCB, 4096);
    ck_assert_int_eq(servc(0xDEAD0001, SCCB), 0);
    ck_assert_uint_eq(ld_be16(p + 6), 0x01F0);
    expect_signal((uint32_t)SCCB);
    servc((SCLP_CMD_READ_SCP_INFO & ~0xFFu) | 0x02, SCCB);
    ck_assert_uint_eq(ld_be16(p + 6), 0x01F0);
}
END_TEST

START_TEST(address_exceptions)
{
    sccb(SCCB, 8);
    ck_assert_int_eq(servc(SCLP_CMD_READ_SCP_INFO, SCCB + 4), -PGM_SPECIFICATION);  /* unaligned */
    ck_assert_int_eq(servc(SCLP_CMD_READ_SCP_INFO, 0x1000), -PGM_SPECIFICATION);    /* lowcore */
    ck_assert_int_eq(servc(SCLP_CMD_READ_SCP_INFO, 0x80000000), -PGM_SPECIFICATION);
    ck_assert_int_eq(servc(SCLP_CMD_READ_SCP_INFO, 1ULL << 40), -PGM_SPECIFICATION);
    ck_assert_int_eq(servc(SCLP_CMD_READ_SCP_INFO, 0x7FFF0000), -PGM_ADDRESSING);  /* past 64 MiB */
    sccb(SCCB, 7);
    ck_assert_int_eq(servc(SCLP_CMD_READ_SCP_INFO, SCCB), -PGM_SPECIFICATION);     /* length < 8 */
    ck_assert(!(atomic_load(&c0->pending) & PEND_EXT_SERVICE));
    /* the CPU's own prefix area is refused as well */
    c0->prefix = 0x20000;
    sccb(0x21000, 4096);
    ck_assert_int_eq(servc(SCLP_CMD_READ_SCP_INFO, 0x21000), -PGM_SPECIFICATION);
    ck_assert_int_eq(servc(SCLP_CMD_READ_SCP_INFO, 0x1008), -PGM_SPECIFICATION);
}
END_TEST

/* Write event mask with mask length l: guest receive mask rx, send mask tx. */
static uint8_t *set_masks(unsigned l, uint32_t rx, uint32_t tx)
{
    uint8_t *p = sccb(SCCB, (uint16_t)(12 + 4 * l));
    st_be16(p + 10, (uint16_t)l);
    for (unsigned i = 0; i < l && i < 4; i++) {
        p[12 + i] = (uint8_t)(rx >> (24 - 8 * i));
        p[12 + l + i] = (uint8_t)(tx >> (24 - 8 * i));
    }
    servc(SCLP_CMD_WRITE_EVENT_MASK, SCCB);
    return p;
}

START_TEST(event_masks)
{
    uint8_t *p = set_masks(4, 0x80000040, 0x40000040);
    ck_assert_uint_eq(ld_be16(p + 6), 0x0020);
    ck_assert_uint_eq(m.sclp.cp_receive_mask, 0x80000040);
    ck_assert_uint_eq(m.sclp.cp_send_mask, 0x40000040);
    ck_assert_uint_eq(ld_be32(p + 20), 0x40000040); /* SCLP receives: line-mode, ASCII */
    ck_assert_uint_eq(ld_be32(p + 24), 0x80000040); /* SCLP sends: commands, ASCII */
    p = set_masks(2, 0x80000000, 0x40000000);
    ck_assert_uint_eq(ld_be16(p + 6), 0x0020);
    ck_assert_uint_eq(m.sclp.cp_receive_mask, 0x80000000);
    ck_assert_uint_eq(ld_be16(p + 16), 0x4000);
    ck_assert_uint_eq(ld_be16(p + 18), 0x8000);
    p = set_masks(0, 0, 0);
    ck_assert_uint_eq(ld_be16(p + 6), 0x74F0);
    p = sccb(SCCB, 27);
    st_be16(p + 10, 4);
    servc(SCLP_CMD_WRITE_EVENT_MASK, SCCB);
    ck_assert_uint_eq(ld_be16(p + 6), 0x0300);
}
END_TEST

/* A line-mode message event with one MTO per text (EBCDIC), as the Linux driver writes it. */
static unsigned put_linemode(uint8_t *ev, const char *const *lines, unsigned n)
{
    uint8_t *mdb = ev + 6;
    uint8_t *o = mdb + 12;
    st_be16(o, 56); /* general object, contents irrelevant here */
    st_be16(o + 2, 1);
    memset(o + 4, 0, 52);
    o += 56;
    for (unsigned k = 0; k < n; k++) {
        size_t len = strlen(lines[k]);
        st_be16(o, (uint16_t)(10 + len));
        st_be16(o + 2, 4);
        memset(o + 4, 0, 6);
        for (size_t i = 0; i < len; i++)
            o[10 + i] = latin1_to_cp037((uint8_t)lines[k][i]);
        o += 10 + len;
    }
    st_be16(mdb, (uint16_t)(o - mdb));
    st_be16(mdb + 2, 1);
    memcpy(mdb + 4, "\xD4\xC4\xC2\x40", 4);
    st_be32(mdb + 8, 1);
    st_be16(ev, (uint16_t)(o - ev));
    ev[2] = EVT_MSG;
    ev[3] = 0;
    return (unsigned)(o - ev);
}

START_TEST(write_linemode_and_ascii)
{
    uint8_t *p = sccb(SCCB, 4096);
    const char *lines[] = {"Hello, world!", "z/Arch [ok] {1} 100% ~$"};
    unsigned n = put_linemode(p + 8, lines, 2);
    uint8_t *ev2 = p + 8 + n;
    st_be16(ev2, 6 + 6);
    ev2[2] = EVT_ASCII;
    memcpy(ev2 + 6, "ab\n\rc\n", 6);
    st_be16(p, (uint16_t)(8 + n + 12));
    ck_assert_int_eq(servc(SCLP_CMD_WRITE_EVENT_DATA, SCCB), 0);
    ck_assert_uint_eq(ld_be16(p + 6), 0x0020);
    ck_assert_uint_eq(p[8 + 3], 0x80);  /* buffers accepted */
    ck_assert_uint_eq(ev2[3], 0x80);
    fflush(out);
    ck_assert_str_eq(outbuf, "Hello, world!\nz/Arch [ok] {1} 100% ~$\nab\nc\n");
    expect_signal((uint32_t)SCCB);
}
END_TEST

START_TEST(write_errors)
{
    uint8_t *p = sccb(SCCB, 8 + 10);
    st_be16(p + 8, 5); /* shorter than an event header */
    servc(SCLP_CMD_WRITE_EVENT_DATA, SCCB);
    ck_assert_uint_eq(ld_be16(p + 6), 0x73F0);
    p = sccb(SCCB, 8 + 10);
    st_be16(p + 8, 11); /* longer than the SCCB */
    servc(SCLP_CMD_WRITE_EVENT_DATA, SCCB);
    ck_assert_uint_eq(ld_be16(p + 6), 0x73F0);
    p = sccb(SCCB, 8 + 10);
    st_be16(p + 8, 10);
    p[10] = 0x05; /* an event type the SCLP does not receive */
    servc(SCLP_CMD_WRITE_EVENT_DATA, SCCB);
    ck_assert_uint_eq(ld_be16(p + 6), 0x40F0);
    ck_assert_uint_eq(p[11], 0);
    p = sccb(SCCB, 8 + 10);
    p[2] = 1; /* not a normal write */
    servc(SCLP_CMD_WRITE_EVENT_DATA, SCCB);
    ck_assert_uint_eq(ld_be16(p + 6), 0x40F0);
    fflush(out);
    ck_assert_uint_eq(outlen, 0);
}
END_TEST

START_TEST(read_events)
{
    uint8_t *p = sccb(SCCB, 4096);
    servc(SCLP_CMD_READ_EVENT_DATA, SCCB);
    ck_assert_uint_eq(ld_be16(p + 6), 0x60F0); /* nothing to read */

    set_masks(4, 0x00000040, 0x00000040); /* ASCII console both ways */
    pthread_mutex_lock(&m.lock);
    console_push(&m.console, "ls -l\n", 6);
    console_push(&m.console, "pwd\n", 4);
    pthread_mutex_unlock(&m.lock);
    /* a 22-byte SCCB has room for the first line's event (6 + 1 + 6 = 13) only */
    p = sccb(SCCB, 22);
    ck_assert_int_eq(servc(SCLP_CMD_READ_EVENT_DATA, SCCB), 0);
    ck_assert_uint_eq(ld_be16(p + 6), 0x0020);
    ck_assert_uint_eq(ld_be16(p + 8), 13);
    ck_assert_uint_eq(p[10], 0x1A);
    ck_assert_uint_eq(p[14], 0x00); /* session data */
    ck_assert_mem_eq(p + 15, "ls -l\n", 6);
    ck_assert_uint_eq(p[21], 0); /* what follows is zero: the chain ends */
    expect_signal((uint32_t)SCCB | 1);     /* more events wait */
    /* variable-length response: the SCLP sets the length */
    p = sccb(SCCB, 4096);
    p[5] = 0x80;
    servc(SCLP_CMD_READ_EVENT_DATA, SCCB);
    ck_assert_uint_eq(ld_be16(p + 6), 0x0020);
    ck_assert_uint_eq(ld_be16(p), 8 + 11);
    ck_assert_uint_eq(p[5], 0);
    ck_assert_mem_eq(p + 15, "pwd\n", 4);
    expect_signal((uint32_t)SCCB);

    /* operator command (line mode): GDS vectors around EBCDIC text, no newline */
    set_masks(4, 0x80000000, 0x40000000);
    pthread_mutex_lock(&m.lock);
    console_push(&m.console, "ipl\n", 4);
    pthread_mutex_unlock(&m.lock);
    p = sccb(SCCB, 4096);
    servc(SCLP_CMD_READ_EVENT_DATA, SCCB);
    ck_assert_uint_eq(ld_be16(p + 6), 0x0020);
    uint8_t *ev = p + 8;
    ck_assert_uint_eq(ld_be16(ev), 25);
    ck_assert_uint_eq(ev[2], 0x01);
    ck_assert_uint_eq(ld_be16(ev + 6), 19);
    ck_assert_uint_eq(ld_be16(ev + 8), 0x1310);
    ck_assert_uint_eq(ld_be16(ev + 10), 15);
    ck_assert_uint_eq(ld_be16(ev + 12), 0x1212);
    ck_assert_uint_eq(ld_be16(ev + 14), 11);
    ck_assert_uint_eq(ld_be16(ev + 16), 0x1320);
    ck_assert_uint_eq(ev[18], 7);
    ck_assert_uint_eq(ev[19], 0x31);
    ck_assert_uint_eq(ev[20], 5);
    ck_assert_uint_eq(ev[21], 0x30);
    ck_assert_mem_eq(ev + 22, "\x89\x97\x93", 3); /* "ipl" in code page 037 */

    /* selective read asking for a type outside the receive mask; a bad function code */
    p = sccb(SCCB, 4096);
    p[2] = 1;
    st_be32(p + 8, 0x00000040);
    servc(SCLP_CMD_READ_EVENT_DATA, SCCB);
    ck_assert_uint_eq(ld_be16(p + 6), 0x70F0);
    p = sccb(SCCB, 4096);
    p[2] = 7;
    servc(SCLP_CMD_READ_EVENT_DATA, SCCB);
    ck_assert_uint_eq(ld_be16(p + 6), 0x40F0);
}
END_TEST

/* A long operator command: each GDS length byte must hold its subvector's length, so one
 * event carries at most 251 characters (self-defining text 4 + 251 = 255 bytes, text
 * subvector 2 + 251 = 253); the rest of the line comes in the next event. */
START_TEST(read_long_operator_command)
{
    set_masks(4, 0x80000000, 0x40000000);
    char line[301];
    memset(line, 'a', 300);
    line[300] = '\n';
    pthread_mutex_lock(&m.lock);
    console_push(&m.console, line, sizeof line);
    pthread_mutex_unlock(&m.lock);
    uint8_t *p = sccb(SCCB, 4096);
    servc(SCLP_CMD_READ_EVENT_DATA, SCCB);
    ck_assert_uint_eq(ld_be16(p + 6), 0x0020);
    uint8_t *ev = p + 8;
    ck_assert_uint_eq(ld_be16(ev), 22 + 251);
    ck_assert_uint_eq(ld_be16(ev + 6), 16 + 251);
    ck_assert_uint_eq(ev[18], 255);
    ck_assert_uint_eq(ev[19], 0x31);
    ck_assert_uint_eq(ev[20], 253);
    ck_assert_uint_eq(ev[21], 0x30);
    ck_assert_uint_eq(ev[22], 0x81); /* 'a' in code page 037 */
    ck_assert_uint_eq(ev[22 + 250], 0x81);
    /* the next event: the remaining 49 characters, without the newline */
    ev += 22 + 251;
    ck_assert_uint_eq(ld_be16(ev), 22 + 49);
    ck_assert_uint_eq(ev[18], 4 + 49);
    ck_assert_uint_eq(ev[20], 2 + 49);
}
END_TEST

START_TEST(service_signals_merge)
{
    atomic_store(&c0->pending, PEND_EXT_SERVICE);
    c0->service_param = 1;
    uint8_t *p = sccb(SCCB, 4096);
    ck_assert_int_eq(machine_servc(c0, SCLP_CMD_READ_SCP_INFO, SCCB, &m), 0);
    ck_assert_uint_eq(ld_be16(p + 6), 0x0010);
    ck_assert_uint_eq(c0->service_param, (uint32_t)SCCB | 1);
}
END_TEST

START_TEST(console_modes)
{
    const char *lines[] = {"line"};
    sclp_init(&m.sclp, SCLP_CONSOLE_ASCII);
    uint8_t *p = set_masks(4, 0x80000040, 0x40000040);
    ck_assert_uint_eq(ld_be32(p + 20), 0x00000040);
    ck_assert_uint_eq(ld_be32(p + 24), 0x00000040);
    p = sccb(SCCB, 4096);
    unsigned n = put_linemode(p + 8, lines, 1);
    st_be16(p, (uint16_t)(8 + n));
    servc(SCLP_CMD_WRITE_EVENT_DATA, SCCB);
    ck_assert_uint_eq(ld_be16(p + 6), 0x40F0); /* no line-mode console here */
    ck_assert_uint_eq(p[8 + 3], 0);

    sclp_init(&m.sclp, SCLP_CONSOLE_LINEMODE);
    p = set_masks(4, 0x80000040, 0x40000040);
    ck_assert_uint_eq(ld_be32(p + 20), 0x40000000);
    ck_assert_uint_eq(ld_be32(p + 24), 0x80000000);
    p = sccb(SCCB, 8 + 7);
    st_be16(p + 8, 7);
    p[10] = EVT_ASCII;
    p[14] = 'x';
    servc(SCLP_CMD_WRITE_EVENT_DATA, SCCB);
    ck_assert_uint_eq(ld_be16(p + 6), 0x40F0); /* no ASCII console here */
    /* event types without a mask bit (0, above 32) are refused, not shifted out of range */
    p[10] = 0;
    servc(SCLP_CMD_WRITE_EVENT_DATA, SCCB);
    ck_assert_uint_eq(ld_be16(p + 6), 0x40F0);
    p[10] = 0x40;
    servc(SCLP_CMD_WRITE_EVENT_DATA, SCCB);
    ck_assert_uint_eq(ld_be16(p + 6), 0x40F0);
    fflush(out);
    ck_assert_uint_eq(outlen, 0);
}
END_TEST

START_TEST(code_page_037)
{
    /* a permutation of the 256 byte values */
    int seen[256] = {0};
    for (unsigned e = 0; e < 256; e++)
        seen[cp037_to_latin1((uint8_t)e)]++;
    for (unsigned a = 0; a < 256; a++) {
        ck_assert_int_eq(seen[a], 1);
        ck_assert_uint_eq(cp037_to_latin1(latin1_to_cp037((uint8_t)a)), a);
    }
    /* points of the published code page */
    ck_assert_uint_eq(cp037_to_latin1(0x40), ' ');
    ck_assert_uint_eq(cp037_to_latin1(0x4B), '.');
    ck_assert_uint_eq(cp037_to_latin1(0x4A), 0xA2); /* cent sign */
    ck_assert_uint_eq(cp037_to_latin1(0x5A), '!');
    ck_assert_uint_eq(cp037_to_latin1(0x5F), 0xAC); /* not sign */
    ck_assert_uint_eq(cp037_to_latin1(0x81), 'a');
    ck_assert_uint_eq(cp037_to_latin1(0x91), 'j');
    ck_assert_uint_eq(cp037_to_latin1(0xA2), 's');
    ck_assert_uint_eq(cp037_to_latin1(0xBA), '[');
    ck_assert_uint_eq(cp037_to_latin1(0xBB), ']');
    ck_assert_uint_eq(cp037_to_latin1(0xC1), 'A');
    ck_assert_uint_eq(cp037_to_latin1(0xE9), 'Z');
    ck_assert_uint_eq(cp037_to_latin1(0xF0), '0');
    ck_assert_uint_eq(cp037_to_latin1(0xF9), '9');
    ck_assert_uint_eq(cp037_to_latin1(0x25), '\n');
    ck_assert_uint_eq(cp037_to_latin1(0x15), 0x85);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("sclp");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, read_scp_info);
    tcase_add_test(tc, lengths_and_boundaries);
    tcase_add_test(tc, address_exceptions);
    tcase_add_test(tc, event_masks);
    tcase_add_test(tc, write_linemode_and_ascii);
    tcase_add_test(tc, write_errors);
    tcase_add_test(tc, read_events);
    tcase_add_test(tc, read_long_operator_command);
    tcase_add_test(tc, service_signals_merge);
    tcase_add_test(tc, console_modes);
    tcase_add_test(tc, code_page_037);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
