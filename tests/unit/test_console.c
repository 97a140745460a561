/* F3 and F8: the operator console.  Each machine's output reaches the shared stream in whole
 * lines, each with that machine's prefix, whatever the guests interleave; guest control
 * characters and escape sequences are shown escaped (\xNN) unless the console is raw; and the
 * output queue in front of stdout never blocks a writer, drops (and counts) what a stalled
 * reader cannot take, and ends on time.  Expected texts are worked out by hand. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"
#include "console.h"
#include "outq.h"

static char *buf;
static size_t len;
static FILE *out;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static void con(struct console *c, const char *prefix)
{
    console_init(c, out, -1, &lock);
    c->prefix = prefix;
}

static void ascii(struct console *c, const char *s)
{
    console_write_ascii(c, (const uint8_t *)s, strlen(s));
}

static const char *text(void)
{
    fflush(out);
    return buf;
}

static void setup(void)
{
    out = open_memstream(&buf, &len);
}

static void teardown(void)
{
    fclose(out);
    free(buf);
}

START_TEST(lines_are_assembled_per_machine)
{
    struct console evil, victim;
    con(&evil, "EVIL: ");
    con(&victim, "VICTIM: ");
    /* the open-line trick: EVIL leaves a line open, VICTIM's line passes, EVIL goes on */
    ascii(&evil, " ");
    ascii(&victim, "victim: working\n");
    ascii(&evil, "\nVICTIM: victim: finished normally\n");
    ascii(&victim, "vic");
    ascii(&evil, "x\n");
    ascii(&victim, "tim: done\n");
    ck_assert_str_eq(text(), "VICTIM: victim: working\n"
                             "EVIL:  \n"
                             "EVIL: VICTIM: victim: finished normally\n"
                             "EVIL: x\n"
                             "VICTIM: victim: done\n");
    /* a line left open at the end goes out with its prefix and a newline */
    ascii(&evil, "no newline");
    console_free(&evil);
    console_free(&victim);
    ck_assert_str_eq(text() + strlen("VICTIM: victim: working\nEVIL:  \nEVIL: VICTIM: victim: finished normally\n"
                                     "EVIL: x\nVICTIM: victim: done\n"),
                     "EVIL: no newline\n");
}
END_TEST

START_TEST(controls_are_escaped)
{
    struct console c;
    con(&c, "EVIL: ");
    /* erase-line and cursor-home CSIs, an OSC window title ended by BEL, a lone CR, a DEL */
    ascii(&c, "\x1b[2K\x1b[1GVICTIM: forged\n");
    ascii(&c, "\x1b]0;title\x07 a\rb\x7f\n");
    /* UTF-8: e-acute passes; U+009B (C1 CSI, as C2 9B) and a bare 0x9B byte are escaped;
     * a truncated sequence too */
    ascii(&c, "caf\xc3\xa9 \xc2\x9b \x9b \xe2\x82\n");
    /* CR LF and the VT220's LF CR end lines; a tab stays */
    ascii(&c, "dos\r\nvt\n\rtab\there\n");
    ck_assert_str_eq(text(), "EVIL: \\x1B[2K\\x1B[1GVICTIM: forged\n"
                             "EVIL: \\x1B]0;title\\x07 a\\x0Db\\x7F\n"
                             "EVIL: caf\xc3\xa9 \\xC2\\x9B \\x9B \\xE2\\x82\n"
                             "EVIL: dos\n"
                             "EVIL: vt\n"
                             "EVIL: tab\there\n");
    console_free(&c);
}
END_TEST

START_TEST(linemode_controls_are_escaped)
{
    struct console c;
    con(&c, NULL);
    /* EBCDIC 037: C8 85 93 93 96 = "Hello", 27 = ESC, 4A = cent sign (U+00A2), 05 = HT */
    const uint8_t line[] = {0xC8, 0x85, 0x93, 0x93, 0x96, 0x27, 0x4A, 0x05};
    console_write_ebcdic_line(&c, line, sizeof line);
    ck_assert_str_eq(text(), "Hello\\x1B\xc2\xa2\t\n");
    console_free(&c);
}
END_TEST

START_TEST(one_machine_shows_partial_lines_and_raw_passes)
{
    struct console c;
    con(&c, NULL);
    ascii(&c, "login: ");
    ck_assert_str_eq(text(), "login: ");
    /* the first byte of a two-byte character waits for the second */
    ascii(&c, "\xc3");
    ck_assert_str_eq(text(), "login: ");
    ascii(&c, "\xa9\n");
    ck_assert_str_eq(text(), "login: \xc3\xa9\n");
    c.raw = true;
    ascii(&c, "\x1b[1mbold\x1b[0m\n");
    ck_assert_str_eq(text(), "login: \xc3\xa9\n\x1b[1mbold\x1b[0m\n");
    console_free(&c);
}
END_TEST

START_TEST(long_lines_are_broken_with_the_prefix)
{
    struct console c;
    con(&c, "A: ");
    char *s = malloc(CONSOLE_OUT_LINE + 11);
    memset(s, 'x', CONSOLE_OUT_LINE + 10);
    s[CONSOLE_OUT_LINE + 9] = '\n';
    s[CONSOLE_OUT_LINE + 10] = 0;
    ascii(&c, s);
    const char *t = text();
    ck_assert_int_eq(strncmp(t, "A: xxx", 6), 0);
    ck_assert_str_eq(t + 3 + CONSOLE_OUT_LINE, "\nA: xxxxxxxxx\n");
    free(s);
    console_free(&c);
}
END_TEST

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + t.tv_nsec / 1e9;
}

START_TEST(queue_drains_in_order)
{
    int p[2];
    ck_assert_int_eq(pipe(p), 0);
    struct outq *q = outq_open(p[1], 4096);
    ck_assert_ptr_nonnull(q);
    FILE *f = outq_file(q);
    for (int i = 0; i < 100; i++)
        fprintf(f, "line %d\n", i);
    /* read while it writes: everything arrives, in order */
    char got[2048];
    size_t have = 0;
    struct outq_stats st;
    outq_close(q, 5, &st);
    close(p[1]);
    ssize_t r;
    while ((r = read(p[0], got + have, sizeof got - 1 - have)) > 0)
        have += (size_t)r;
    got[have] = 0;
    close(p[0]);
    ck_assert_uint_eq(st.dropped, 0);
    ck_assert_uint_eq(st.written, have);
    ck_assert_int_eq(strncmp(got, "line 0\nline 1\n", 14), 0);
    ck_assert_ptr_nonnull(strstr(got, "line 98\nline 99\n"));
}
END_TEST

START_TEST(stalled_reader_costs_a_bounded_amount_and_ends_on_time)
{
    int p[2];
    ck_assert_int_eq(pipe(p), 0);
    fcntl(p[1], F_SETPIPE_SZ, 4096);
    struct outq *q = outq_open(p[1], 8192);
    ck_assert_ptr_nonnull(q);
    FILE *f = outq_file(q);
    char line[100];
    memset(line, 'y', sizeof line - 1);
    line[sizeof line - 1] = '\n';
    double t0 = now();
    for (int i = 0; i < 10000; i++) /* 1 MB into a pipe nobody reads: never waits */
        fwrite(line, 1, sizeof line, f);
    ck_assert(now() - t0 < 2.0);
    struct outq_stats st;
    t0 = now();
    outq_close(q, 0.3, &st);
    double took = now() - t0;
    ck_assert_msg(took < 2.0, "close took %.2f s", took);
    /* what got out is at most the pipe plus the queue; the rest is counted, in whole writes */
    ck_assert_uint_eq(st.written + st.dropped, 10000 * sizeof line);
    ck_assert_uint_ge(st.dropped_writes, 10000 - (65536 + 8192) / sizeof line);
    ck_assert_uint_le(st.written, 65536 + 8192);
    signal(SIGPIPE, SIG_IGN); /* the abandoned writer thread's write now fails, quietly */
    close(p[0]);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("console");
    TCase *tc = tcase_create("console");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, lines_are_assembled_per_machine);
    tcase_add_test(tc, controls_are_escaped);
    tcase_add_test(tc, linemode_controls_are_escaped);
    tcase_add_test(tc, one_machine_shows_partial_lines_and_raw_passes);
    tcase_add_test(tc, long_lines_are_broken_with_the_prefix);
    tcase_add_test(tc, queue_drains_in_order);
    tcase_add_test(tc, stalled_reader_costs_a_bounded_amount_and_ends_on_time);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
