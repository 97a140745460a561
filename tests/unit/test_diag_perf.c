/* DIAGNOSE X'204' logical-CPU utilisation, X'224' CPU type names and X'2FC' guest
 * performance data, on the bare machine (loop index 0) and a CP virtual machine (1).
 * Expected layouts from Linux's arch/s390/hypfs (hypfs_diag.c: a 16-byte info header, a
 * 16-byte partition header and 24-byte CPU blocks in the simple format; 64/96/96 bytes in the
 * extended one; hypfs_vm.c: 112-byte guest records, residual count in Rx, -2 for a short
 * buffer); the X'224' table as Hercules stores it; EBCDIC by hand. */
#include <unistd.h>

#include "diag_env.h"

#define BUF 0x4000
#define MIB (1ULL << 20)

static void start(int i) { env_start(i ? DENV_CP : DENV_BARE); }

START_TEST(x204_simple_format)
{
    start(_i);
    struct cpu *c = env_cpu();
    memset(env_mem(BUF), 0x55, PAGE_SIZE);
    c->gr[3] = BUF;
    c->gr[4] = 4;
    c->gr[5] = 1;
    env_diag(3, 4, 0x204);
    ck_assert_uint_eq(env_pgm(), 0);
    ck_assert_uint_eq(c->gr[4], 0);
    const uint8_t *p = env_mem(BUF);
    ck_assert_uint_eq(p[0], 1);            /* one partition */
    ck_assert_uint_eq(ld_be16(p + 4), 1);  /* CPUs */
    ck_assert_uint_eq(ld_be16(p + 6), 16); /* this partition's header at 16 */
    ck_assert_uint_ne(ld_be64(p + 8), 0);  /* TOD */
    ck_assert_uint_eq(p[16], 1);           /* partition number */
    ck_assert_uint_eq(p[17], 1);           /* its CPUs */
    uint8_t name[8];
    env_ebcdic(name, env_userid(), 8);
    ck_assert_mem_eq(p + 24, name, 8);
    ck_assert_uint_eq(ld_be16(p + 32), 0);   /* CPU address */
    ck_assert_uint_eq(p[36], 0);             /* type index: CP */
    ck_assert_uint_eq(ld_be16(p + 38), 100); /* weight */
    ck_assert_uint_eq(ld_be64(p + 40) % 4096, 0); /* microseconds in TOD units */
    ck_assert_uint_eq(ld_be64(p + 40), ld_be64(p + 48));
    ck_assert_uint_eq(p[56], 0); /* the rest of the buffer zero */
    ck_assert_uint_eq(p[4095], 0);
    env_end();
}
END_TEST

START_TEST(x204_extended_format)
{
    start(_i);
    struct cpu *c = env_cpu();
    /* subcode 5: the size; one CPU needs 64 + 96 + 96 bytes: one page */
    c->gr[2] = BUF;
    c->gr[6] = 0x00010005;
    c->gr[7] = 0;
    env_diag(2, 6, 0x204);
    ck_assert_uint_eq(env_pgm(), 0);
    ck_assert_uint_eq(c->gr[6], 0);
    ck_assert_uint_eq(c->gr[7], 1);
    /* subcode 7 with no room: return code 8, the pages needed */
    c->gr[6] = 0x00010007;
    c->gr[7] = 0;
    memset(env_mem(BUF), 0x55, PAGE_SIZE);
    env_diag(2, 6, 0x204);
    ck_assert_uint_eq(c->gr[6], 8);
    ck_assert_uint_eq(c->gr[7], 1);
    ck_assert_uint_eq(env_mem(BUF)[0], 0x55);
    for (uint32_t sub = 0x00010006; sub <= 0x00010007; sub++) {
        c->gr[6] = sub;
        c->gr[7] = 1;
        env_diag(2, 6, 0x204);
        ck_assert_uint_eq(env_pgm(), 0);
        ck_assert_uint_eq(c->gr[6], 0);
        const uint8_t *p = env_mem(BUF);
        ck_assert_uint_eq(p[0], 1);
        ck_assert_uint_eq(ld_be16(p + 4), 1);
        ck_assert_uint_eq(ld_be16(p + 6), 64);
        const uint8_t *ph = p + 64;
        ck_assert_uint_eq(ph[0], 1);
        ck_assert_uint_eq(ph[1], 1);
        ck_assert_uint_eq(ph[2], 1);
        uint8_t name[8];
        env_ebcdic(name, env_userid(), 8);
        ck_assert_mem_eq(ph + 8, name, 8);
        env_ebcdic(name, "ZSIE", 8);
        ck_assert_mem_eq(ph + 16, name, 8);
        ck_assert_uint_eq(ld_be64(ph + 32), 1); /* 1 MiB of central storage */
        const uint8_t *ci = ph + 96;
        ck_assert_uint_eq(ld_be16(ci), 0);
        ck_assert_uint_eq(ci[4], 0);
        ck_assert_uint_eq(ld_be16(ci + 26), 100); /* current weight */
        uint64_t acc = ld_be64(ci + 8), online = ld_be64(ci + 32);
        ck_assert_uint_eq(ld_be64(ci + 40), online > acc ? online - acc : 0); /* wait = online - used */
        ck_assert_uint_eq(ci[96], 0); /* nothing after the one CPU: the buffer zero */
        ck_assert_uint_eq(p[4095], 0);
    }
    env_end();
}
END_TEST

START_TEST(x204_two_cpus)
{
    env_start_n(_i ? DENV_CP : DENV_BARE, MIB, 2, 1);
    struct cpu *c = env_cpu();
    c->gr[3] = BUF;
    c->gr[4] = 4;
    env_diag(3, 4, 0x204);
    ck_assert_uint_eq(env_pgm(), 0);
    const uint8_t *p = env_mem(BUF);
    ck_assert_uint_eq(ld_be16(p + 4), 2);
    ck_assert_uint_eq(p[17], 2);
    ck_assert_uint_eq(ld_be16(p + 32), 0);
    ck_assert_uint_eq(ld_be16(p + 32 + 24), 1);
    env_end();
}
END_TEST

START_TEST(x204_invalid_operands)
{
    start(_i);
    struct cpu *c = env_cpu();
    c->gr[3] = BUF;
    c->gr[4] = 1; /* no such subcode */
    c->gr[5] = 0x1234;
    env_diag(3, 4, 0x204);
    ck_assert_uint_eq(env_pgm(), 0);
    ck_assert_uint_eq(c->gr[4], 4);
    ck_assert_uint_eq(c->gr[5], 0x1234);
    c->gr[5] = 4;
    env_diag(3, 5, 0x204); /* odd Ry */
    ck_assert_uint_eq(env_pgm(), PGM_SPECIFICATION);
    c->gr[4] = 4;
    c->gr[3] = BUF + 8; /* not a page */
    env_diag(3, 4, 0x204);
    ck_assert_uint_eq(env_pgm(), PGM_SPECIFICATION);
    c->gr[3] = MIB; /* outside storage */
    env_diag(3, 4, 0x204);
    ck_assert_uint_eq(env_pgm(), PGM_ADDRESSING);
    *env_key(BUF) = 0x20;
    c->gr[3] = BUF;
    env_diag_mask(3, 4, 0x204, DENV_PSW_64 | (6ULL << PSW_KEY_SHIFT));
    ck_assert_uint_eq(env_pgm(), PGM_PROTECTION);
    env_diag_mask(3, 4, 0x204, DENV_PSW_64 | PSW_PROBLEM);
    ck_assert_uint_eq(env_pgm(), PGM_PRIVILEGED);
    env_end();
}
END_TEST

START_TEST(x224_cpu_type_names)
{
    start(_i);
    struct cpu *c = env_cpu();
    memset(env_mem(BUF), 0x55, PAGE_SIZE);
    c->gr[0] = 0;
    c->gr[5] = BUF;
    env_diag(0, 5, 0x224);
    ck_assert_uint_eq(env_pgm(), 0);
    const uint8_t *p = env_mem(BUF);
    ck_assert_uint_eq(p[0], 5); /* six names */
    for (int k = 1; k < 16; k++)
        ck_assert_uint_eq(p[k], 0);
    static const char *names[] = {"CP", "ICF", "ZAAP", "IFL", "*UNKNOWN*", "ZIIP"};
    for (int k = 0; k < 6; k++) {
        uint8_t e[16];
        env_ebcdic(e, names[k], 16);
        ck_assert_mem_eq(p + 16 * (k + 1), e, 16);
    }
    static const uint8_t ifl[] = {0xC9, 0xC6, 0xD3, 0x40}; /* "IFL " by hand */
    ck_assert_mem_eq(p + 64, ifl, 4);
    ck_assert_uint_eq(p[112], 0x55);
    c->gr[5] = BUF + 0x800;
    env_diag(0, 5, 0x224);
    ck_assert_uint_eq(env_pgm(), PGM_SPECIFICATION);
    c->gr[5] = MIB;
    env_diag(0, 5, 0x224);
    ck_assert_uint_eq(env_pgm(), PGM_ADDRESSING);
    *env_key(BUF) = 0x70;
    c->gr[5] = BUF;
    env_diag_mask(0, 5, 0x224, DENV_PSW_64 | (2ULL << PSW_KEY_SHIFT));
    ck_assert_uint_eq(env_pgm(), PGM_PROTECTION);
    env_end();
}
END_TEST

/* ---- X'2FC' ---- */

#define PL 0x3000

static void plist(const char *who, uint64_t addr, uint32_t size, uint32_t fmt)
{
    uint8_t *p = env_mem(PL);
    env_ebcdic(p, who, 8);
    env_ebcdic(p + 8, "", 8);
    st_be64(p + 16, addr);
    st_be32(p + 24, size);
    st_be32(p + 28, fmt);
}

START_TEST(x2fc_local_guest)
{
    start(_i);
    struct cpu *c = env_cpu();
    plist("", 0, 0, 2);
    c->gr[2] = PL;
    c->gr[3] = (uint64_t)-1;
    env_diag(2, 3, 0x2FC);
    ck_assert_uint_eq(env_pgm(), 0);
    ck_assert_uint_eq(c->gr[3], (uint64_t)-2); /* too short */
    ck_assert_uint_eq(c->gr[2], (uint64_t)-112); /* by one record */
    plist("", BUF, 112, 2);
    c->gr[2] = PL;
    env_diag(2, 3, 0x2FC);
    ck_assert_uint_eq(env_pgm(), 0);
    ck_assert_uint_eq(c->gr[3], 0);
    ck_assert_uint_eq(c->gr[2], 0);
    const uint8_t *g = env_mem(BUF);
    ck_assert_uint_eq(ld_be64(g + 24), 1024); /* min KiB */
    ck_assert_uint_eq(ld_be64(g + 32), 1024); /* max KiB */
    long np = sysconf(_SC_NPROCESSORS_ONLN);
    ck_assert_uint_eq(ld_be32(g + 56), (uint32_t)np);
    ck_assert_uint_eq(ld_be32(g + 64), 1);   /* virtual CPUs */
    ck_assert_uint_eq(ld_be32(g + 76), 100); /* shares */
    uint8_t name[8];
    env_ebcdic(name, env_userid(), 8);
    ck_assert_mem_eq(g + 104, name, 8);
    /* a larger buffer: the residual is what is left */
    plist(env_userid(), BUF, 200, 2);
    c->gr[2] = PL;
    env_diag(2, 3, 0x2FC);
    ck_assert_uint_eq(c->gr[3], 0);
    ck_assert_uint_eq(c->gr[2], 88);
    env_end();
}
END_TEST

START_TEST(x2fc_all_guests)
{
    env_start_n(DENV_CP, MIB, 1, 2);
    struct cpu *c = env_cpu();
    plist("*", BUF, 224, 2);
    c->gr[2] = PL;
    env_diag(2, 3, 0x2FC);
    ck_assert_uint_eq(env_pgm(), 0);
    ck_assert_uint_eq(c->gr[3], 0);
    ck_assert_uint_eq(c->gr[2], 0);
    uint8_t name[8];
    env_ebcdic(name, "TESTVM", 8);
    ck_assert_mem_eq(env_mem(BUF + 104), name, 8);
    env_ebcdic(name, "TESTVM2", 8);
    ck_assert_mem_eq(env_mem(BUF + 112 + 104), name, 8);
    plist("TESTVM2", BUF, 112, 2); /* another guest by name */
    c->gr[2] = PL;
    env_diag(2, 3, 0x2FC);
    ck_assert_uint_eq(c->gr[3], 0);
    ck_assert_mem_eq(env_mem(BUF + 104), name, 8);
    env_end();
}
END_TEST

START_TEST(x2fc_invalid_operands)
{
    start(_i);
    struct cpu *c = env_cpu();
    plist("NOBODY", BUF, 112, 2);
    c->gr[2] = PL;
    env_diag(2, 3, 0x2FC);
    ck_assert_uint_eq(env_pgm(), 0);
    ck_assert_uint_eq(c->gr[3], 4);
    plist("", BUF, 112, 1);
    c->gr[2] = PL;
    env_diag(2, 3, 0x2FC);
    ck_assert_uint_eq(c->gr[3], 8);
    plist("", MIB - 64, 112, 2); /* the data would run off the end */
    c->gr[2] = PL;
    env_diag(2, 3, 0x2FC);
    ck_assert_uint_eq(env_pgm(), PGM_ADDRESSING);
    c->gr[2] = PL + 4;
    env_diag(2, 3, 0x2FC);
    ck_assert_uint_eq(env_pgm(), PGM_SPECIFICATION);
    c->gr[2] = MIB - 8;
    env_diag(2, 3, 0x2FC);
    ck_assert_uint_eq(env_pgm(), PGM_ADDRESSING);
    c->gr[2] = PL;
    env_diag_mask(2, 3, 0x2FC, DENV_PSW_64 | PSW_PROBLEM);
    ck_assert_uint_eq(env_pgm(), PGM_PRIVILEGED);
    env_end();
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("diag_perf");
    TCase *t = tcase_create("perf");
    tcase_add_loop_test(t, x204_simple_format, 0, 2);
    tcase_add_loop_test(t, x204_extended_format, 0, 2);
    tcase_add_loop_test(t, x204_two_cpus, 0, 2);
    tcase_add_loop_test(t, x204_invalid_operands, 0, 2);
    tcase_add_loop_test(t, x224_cpu_type_names, 0, 2);
    tcase_add_loop_test(t, x2fc_local_guest, 0, 2);
    tcase_add_test(t, x2fc_all_guests);
    tcase_add_loop_test(t, x2fc_invalid_operands, 0, 2);
    suite_add_tcase(s, t);
    return s;
}

int main(void) { return h_main(make_suite()); }
