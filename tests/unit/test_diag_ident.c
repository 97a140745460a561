/* DIAGNOSE X'000' store extended identification, X'00C' pseudo timer and X'318' CP name and
 * version, on the bare machine and on a CP virtual machine (each test runs in both: loop
 * index 0 bare, 1 CP).  Expected values from the VM System Programmer's Guide layouts
 * (X'000': system name 0-7, version code 11, CPU address 14-15, user id 16-23, time-zone
 * differential 32-35, level 36-39; X'00C': MM/DD/YY, HH:MM:SS, two CPU times in
 * microseconds), EBCDIC by hand (code page 037), the time zone from the host's localtime. */
#include <time.h>

#include "diag_env.h"

#define AREA 0x3000

static void start(int i) { env_start(i ? DENV_CP : DENV_BARE); }

START_TEST(x000_full_identification)
{
    start(_i);
    struct cpu *c = env_cpu();
    memset(env_mem(AREA), 0x55, 64);
    c->gr[2] = AREA;
    c->gr[3] = 40;
    c->cc = 2;
    env_diag(2, 3, 0x000);
    ck_assert_uint_eq(env_pgm(), 0);
    ck_assert_uint_eq(c->cc, 2); /* unchanged */
    const uint8_t *p = env_mem(AREA);
    static const uint8_t sysname[] = {0xE9, 0xE2, 0xC9, 0xC5, 0x40, 0x40, 0x40, 0x40}; /* ZSIE */
    ck_assert_mem_eq(p, sysname, 8);
    ck_assert_uint_eq(p[8], 0);
    ck_assert_uint_eq(p[9], 0);
    ck_assert_uint_eq(p[10], 7);    /* version 7 */
    ck_assert_uint_eq(p[11], 0xFF); /* a virtual machine's STIDP version code */
    ck_assert_uint_eq(ld_be16(p + 12), 0);
    ck_assert_uint_eq(ld_be16(p + 14), 0); /* CPU address 0 */
    uint8_t uid[8];
    env_ebcdic(uid, env_userid(), 8);
    ck_assert_mem_eq(p + 16, uid, 8);
    ck_assert_uint_eq(ld_be64(p + 24), 0x7FFE000000000000ULL);
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    ck_assert_int_eq((int32_t)ld_be32(p + 32), (int32_t)tm.tm_gmtoff);
    static const uint8_t level[] = {7, 4, 0, 0};
    ck_assert_mem_eq(p + 36, level, 4);
    ck_assert_uint_eq(p[40], 0x55); /* nothing past 40 bytes */
    ck_assert_uint_eq(c->gr[3], 0); /* 40 - 40 */
    ck_assert_uint_eq(env_dvm()->count[0], 1);
    env_end();
}
END_TEST

START_TEST(x000_short_and_long_lengths)
{
    start(_i);
    struct cpu *c = env_cpu();
    memset(env_mem(AREA), 0x55, 64);
    c->gr[4] = AREA;
    c->gr[5] = 0xABCD000000000000ULL | 10;
    env_diag(4, 5, 0x000);
    ck_assert_uint_eq(env_pgm(), 0);
    ck_assert_uint_eq(env_mem(AREA)[0], 0xE9);
    ck_assert_uint_eq(env_mem(AREA)[9], 0);
    ck_assert_uint_eq(env_mem(AREA)[10], 0x55); /* only 10 bytes */
    ck_assert_uint_eq(c->gr[5], 0xABCD000000000000ULL); /* high half kept, 10 - 10 */

    c->gr[5] = 100;
    env_diag(4, 5, 0x000);
    ck_assert_uint_eq(env_pgm(), 0);
    ck_assert_uint_eq(env_mem(AREA)[39], 0);
    ck_assert_uint_eq(env_mem(AREA)[40], 0x55);
    ck_assert_uint_eq(c->gr[5], 60); /* 100 - 40 */
    env_end();
}
END_TEST

START_TEST(x000_invalid_operands)
{
    start(_i);
    struct cpu *c = env_cpu();
    c->gr[2] = AREA;
    c->gr[3] = 0; /* length 0 */
    env_diag(2, 3, 0x000);
    ck_assert_uint_eq(env_pgm(), PGM_SPECIFICATION);
    c->gr[3] = 0x80000000; /* negative */
    env_diag(2, 3, 0x000);
    ck_assert_uint_eq(env_pgm(), PGM_SPECIFICATION);
    c->gr[2] = AREA + 4; /* not a doubleword */
    c->gr[3] = 8;
    env_diag(2, 3, 0x000);
    ck_assert_uint_eq(env_pgm(), PGM_SPECIFICATION);
    c->gr[2] = env_size() - 16; /* runs off the end */
    c->gr[3] = 40;
    env_diag(2, 3, 0x000);
    ck_assert_uint_eq(env_pgm(), PGM_ADDRESSING);
    c->gr[2] = 0xFFFFFFFFFFFFFFF8ULL; /* wraps */
    env_diag(2, 3, 0x000);
    ck_assert_uint_eq(env_pgm(), PGM_ADDRESSING);
    /* key 3 in the PSW, key 5 on the block */
    *env_key(AREA) = 0x50;
    c->gr[2] = AREA;
    env_diag_mask(2, 3, 0x000, DENV_PSW_64 | (3ULL << PSW_KEY_SHIFT));
    ck_assert_uint_eq(env_pgm(), PGM_PROTECTION);
    ck_assert_uint_eq(c->gr[3], 40); /* nothing done */
    env_diag_mask(2, 3, 0x000, DENV_PSW_64 | PSW_PROBLEM);
    ck_assert_uint_eq(env_pgm(), PGM_PRIVILEGED);
    env_end();
}
END_TEST

/* EBCDIC digit? */
static bool edigit(uint8_t b) { return b >= 0xF0 && b <= 0xF9; }
static unsigned eval2(const uint8_t *p) { return (p[0] - 0xF0u) * 10 + (p[1] - 0xF0u); }

START_TEST(x00c_pseudo_timer)
{
    start(_i);
    struct cpu *c = env_cpu();
    memset(env_mem(AREA), 0x55, 48);
    c->gr[7] = AREA;
    c->cc = 1;
    time_t before = time(NULL);
    env_diag(7, 0, 0x00C);
    time_t after = time(NULL);
    ck_assert_uint_eq(env_pgm(), 0);
    ck_assert_uint_eq(c->cc, 1);
    const uint8_t *p = env_mem(AREA);
    /* MM/DD/YY and HH:MM:SS in EBCDIC */
    for (int k = 0; k < 8; k++) {
        if (k == 2 || k == 5) {
            ck_assert_uint_eq(p[k], 0x61);     /* / */
            ck_assert_uint_eq(p[8 + k], 0x7A); /* : */
        } else {
            ck_assert(edigit(p[k]) && edigit(p[8 + k]));
        }
    }
    struct tm t0, t1;
    localtime_r(&before, &t0);
    localtime_r(&after, &t1);
    unsigned mon = eval2(p), day = eval2(p + 3), yy = eval2(p + 6);
    unsigned hh = eval2(p + 8), mm = eval2(p + 11), ss = eval2(p + 14);
    ck_assert(mon == (unsigned)t0.tm_mon + 1 || mon == (unsigned)t1.tm_mon + 1);
    ck_assert(day == (unsigned)t0.tm_mday || day == (unsigned)t1.tm_mday);
    ck_assert(yy == (unsigned)t0.tm_year % 100 || yy == (unsigned)t1.tm_year % 100);
    long secs = (long)hh * 3600 + mm * 60 + ss;
    long s0 = t0.tm_hour * 3600L + t0.tm_min * 60 + t0.tm_sec, s1 = t1.tm_hour * 3600L + t1.tm_min * 60 + t1.tm_sec;
    ck_assert(secs >= s0 - 1 && (secs <= s1 + 1 || s1 < s0)); /* s1 < s0: midnight passed */
    /* virtual and total CPU time: the same figure here, microseconds, under a minute */
    ck_assert_uint_eq(ld_be64(p + 16), ld_be64(p + 24));
    ck_assert_uint_lt(ld_be64(p + 16), 60000000);
    ck_assert_uint_eq(p[32], 0x55); /* exactly 32 bytes */
    env_end();
}
END_TEST

START_TEST(x00c_invalid_operands)
{
    start(_i);
    struct cpu *c = env_cpu();
    c->gr[7] = AREA + 2;
    env_diag(7, 0, 0x00C);
    ck_assert_uint_eq(env_pgm(), PGM_SPECIFICATION);
    c->gr[7] = env_size() - 24;
    env_diag(7, 0, 0x00C);
    ck_assert_uint_eq(env_pgm(), PGM_ADDRESSING);
    *env_key(AREA) = 0x90;
    c->gr[7] = AREA;
    env_diag_mask(7, 0, 0x00C, DENV_PSW_64 | (1ULL << PSW_KEY_SHIFT));
    ck_assert_uint_eq(env_pgm(), PGM_PROTECTION);
    env_diag_mask(7, 0, 0x00C, DENV_PSW_64 | PSW_PROBLEM);
    ck_assert_uint_eq(env_pgm(), PGM_PRIVILEGED);
    env_end();
}
END_TEST

START_TEST(x318_records_cpnc_cpvc)
{
    start(_i);
    struct cpu *c = env_cpu();
    c->gr[4] = 0x0400000000000000ULL | 0x060A00; /* Linux (CPNC 4), a version code */
    c->cc = 3;
    env_diag(4, 0, 0x318);
    ck_assert_uint_eq(env_pgm(), 0);
    ck_assert_uint_eq(env_dvm()->cp_name_version, 0x0400000000060A00ULL);
    ck_assert_uint_eq(c->gr[4], 0x0400000000060A00ULL);
    ck_assert_uint_eq(c->cc, 3);
    env_diag_mask(4, 0, 0x318, DENV_PSW_64 | PSW_PROBLEM);
    ck_assert_uint_eq(env_pgm(), PGM_PRIVILEGED);
    env_end();
}
END_TEST

START_TEST(trace_line_says_what_was_stored)
{
    start(_i);
    FILE *f = tmpfile();
    env_dvm()->trace = true;
    env_dvm()->trace_out = f;
    env_cpu()->gr[2] = AREA;
    env_cpu()->gr[3] = 40;
    env_diag(2, 3, 0x000);
    rewind(f);
    char line[512] = "";
    ck_assert_ptr_nonnull(fgets(line, sizeof line, f));
    ck_assert_ptr_nonnull(strstr(line, "X'000' extended identification"));
    ck_assert_ptr_nonnull(strstr(line, "40 bytes: system ZSIE"));
    fclose(f);
    env_end();
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("diag_ident");
    TCase *t = tcase_create("ident");
    tcase_add_loop_test(t, x000_full_identification, 0, 2);
    tcase_add_loop_test(t, x000_short_and_long_lengths, 0, 2);
    tcase_add_loop_test(t, x000_invalid_operands, 0, 2);
    tcase_add_loop_test(t, x00c_pseudo_timer, 0, 2);
    tcase_add_loop_test(t, x00c_invalid_operands, 0, 2);
    tcase_add_loop_test(t, x318_records_cpnc_cpvc, 0, 2);
    tcase_add_loop_test(t, trace_line_says_what_was_stored, 0, 2);
    suite_add_tcase(s, t);
    return s;
}

int main(void) { return h_main(make_suite()); }
