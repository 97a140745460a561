/* DIAGNOSE X'010' release pages, X'258' page-reference services and X'260' storage
 * information, on the bare machine (loop index 0) and a CP virtual machine (1).  Expected
 * values: X'010' pages read as zeros and are no longer resident in the host (mincore), keys
 * 0, neighbours untouched; the checks of KVM's diag.c (unaligned, start > end, start below
 * 8 KiB) and the prefix pages kept; X'258' return codes 0/4/8 of SC24-6084 as KVM quotes
 * them; X'260' the one extent (0, size - 1) of a 1 MiB machine. */
#include <sys/mman.h>
#include <unistd.h>

#include "diag_env.h"

#define MIB (1ULL << 20)

static void start(int i) { env_start(i ? DENV_CP : DENV_BARE); }

/* Is the host page behind guest absolute a resident? */
static bool resident(uint64_t a)
{
    long hp = sysconf(_SC_PAGESIZE);
    uintptr_t p = (uintptr_t)env_mem(a) / (uintptr_t)hp * (uintptr_t)hp;
    unsigned char v = 0;
    ck_assert_int_eq(mincore((void *)p, 1, &v), 0);
    return v & 1;
}

static bool all(uint64_t a, uint64_t n, uint8_t v)
{
    for (uint64_t i = 0; i < n; i++)
        if (env_mem(a)[i] != v)
            return false;
    return true;
}

START_TEST(x010_release_gives_memory_back)
{
    start(_i);
    struct cpu *c = env_cpu();
    memset(env_mem(0x10000), 0xAA, 0x4000);
    for (uint64_t a = 0x10000; a < 0x14000; a += PAGE_SIZE)
        *env_key(a) = 0x36; /* key 3, R, C */
    ck_assert(resident(0x10000) && resident(0x12000));
    c->gr[2] = 0x11000;
    c->gr[3] = 0x12000; /* the last page, not the last byte */
    c->cc = 1;
    env_diag(2, 3, 0x010);
    ck_assert_uint_eq(env_pgm(), 0);
    ck_assert_uint_eq(c->cc, 1);
    /* before anything reads them (a read maps the host's zero page) */
    if (sysconf(_SC_PAGESIZE) == (long)PAGE_SIZE) {
        ck_assert(!resident(0x11000) && !resident(0x12000)); /* the host has them back */
        ck_assert(resident(0x10000) && resident(0x13000));
        ck_assert_uint_eq(env_dvm()->released_bytes, 2 * PAGE_SIZE);
    }
    ck_assert(all(0x10000, PAGE_SIZE, 0xAA));     /* before the range */
    ck_assert(all(0x11000, 2 * PAGE_SIZE, 0));    /* released */
    ck_assert(all(0x13000, PAGE_SIZE, 0xAA));     /* after it */
    ck_assert_uint_eq(*env_key(0x10000), 0x36);
    ck_assert_uint_eq(*env_key(0x11000), 0);
    ck_assert_uint_eq(*env_key(0x12000), 0);
    ck_assert_uint_eq(*env_key(0x13000), 0x36);
    /* one page: Rx = Ry */
    c->gr[2] = c->gr[3] = 0x13000;
    env_diag(2, 3, 0x010);
    ck_assert_uint_eq(env_pgm(), 0);
    ck_assert(all(0x13000, PAGE_SIZE, 0));
    /* the guest can use them again */
    env_mem(0x12000)[5] = 1;
    ck_assert_uint_eq(env_mem(0x12000)[5], 1);
    env_end();
}
END_TEST

START_TEST(x010_invalid_operands)
{
    start(_i);
    struct cpu *c = env_cpu();
    memset(env_mem(0x10000), 0xAA, 0x2000);
    static const struct { uint64_t rx, ry; unsigned pgm; } cases[] = {
        {0x10800, 0x11000, PGM_SPECIFICATION}, /* start not on a page */
        {0x10000, 0x10FFF, PGM_SPECIFICATION}, /* end not on a page */
        {0x11000, 0x10000, PGM_SPECIFICATION}, /* start > end */
        {0x01000, 0x11000, PGM_SPECIFICATION}, /* the first 8 KiB */
        {0x00000, 0x00000, PGM_SPECIFICATION},
        {0x10000, MIB, PGM_ADDRESSING},        /* the last page beyond storage */
        {0x10000, 0xFFFFFFFFFFFFF000ULL, PGM_ADDRESSING},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        c->gr[4] = cases[k].rx;
        c->gr[5] = cases[k].ry;
        env_diag(4, 5, 0x010);
        ck_assert_uint_eq(env_pgm(), cases[k].pgm);
    }
    ck_assert(all(0x10000, 0x2000, 0xAA)); /* nothing released */
    env_diag_mask(4, 5, 0x010, DENV_PSW_64 | PSW_PROBLEM);
    ck_assert_uint_eq(env_pgm(), PGM_PRIVILEGED);
    env_end();
}
END_TEST

/* The real pages at the prefix are absolute 0-8 KiB: they stay (bare machine: the test sets
 * the prefix register directly). */
START_TEST(x010_keeps_the_prefix_pages)
{
    env_start(DENV_BARE);
    struct cpu *c = env_cpu();
    memcpy(env_mem(0x20000), env_mem(0), 0x2000); /* a lowcore at the new prefix */
    c->prefix = 0x20000;
    tlb_flush(c);
    memset(env_mem(0x1F000), 0xAA, 0x4000);       /* absolute 1F000-22FFF */
    memset(env_mem(0x1000), 0xBB, 0x100);          /* absolute page 1 (real 21000) */
    st_be64(env_mem(0x20000 + LC_PGM_NEW), 0x0002000180000000ULL);
    st_be64(env_mem(0x20000 + LC_PGM_NEW + 8), DENV_PGM_WAIT);
    c->gr[2] = 0x1F000;
    c->gr[3] = 0x22000;
    char text[16];
    snprintf(text, sizeof text, "83%X%X%04X", 2, 3, 0x010);
    env_code(DENV_CODE, text);
    cpu_load_psw(c, DENV_PSW_64, DENV_CODE);
    env_step();
    ck_assert_uint_eq(c->psw.ia, DENV_CODE + 4);
    ck_assert(all(0x1F000, PAGE_SIZE, 0));        /* real 1F000 = absolute 1F000 */
    ck_assert(all(0x22000, PAGE_SIZE, 0));        /* real 22000 = absolute 22000 */
    ck_assert(all(0x1000, 0x100, 0xBB));          /* real 21000 is absolute 1000: kept */
    ck_assert(all(0x21000, PAGE_SIZE, 0xAA));     /* absolute 21000 is real 1000: not in range */
    env_end();
}
END_TEST

/* storage_release on frame-mapped storage (a pageable SIE guest's view): guest frame i lives
 * at host frame map[i]; a frame the host maps nothing at is skipped. */
static void no_fill(const struct storage *s, uint64_t frame) { (void)s, (void)frame; }

START_TEST(release_through_a_frame_map)
{
    struct storage host;
    ck_assert_int_eq(storage_init(&host, 16 * PAGE_SIZE), 0);
    memset(host.bytes, 0xAA, 16 * PAGE_SIZE);
    memset(host.keys, 0x36, 16);
    /* guest frames 0-3 at host frames 8, 9, 2 and nothing */
    uint64_t seg[1u << STORAGE_SEG_SHIFT] = {8 * PAGE_SIZE, 9 * PAGE_SIZE, 2 * PAGE_SIZE, STORAGE_NO_FRAME};
    uint64_t *map[1] = {seg}; /* one segment of the two-level frame map */
    static uint8_t scratch[PAGE_SIZE + 16];
    struct storage g = {.bytes = host.bytes, .keys = host.keys, .size = 4 * PAGE_SIZE, .frame_map = map,
                        .map_fill = no_fill, .no_frame = scratch};
    storage_release(&g, 0, 4 * PAGE_SIZE);
    for (unsigned f = 0; f < 16; f++) {
        bool released = f == 8 || f == 9 || f == 2;
        ck_assert_uint_eq(host.bytes[f * PAGE_SIZE], released ? 0 : 0xAA);
        ck_assert_uint_eq(host.bytes[f * PAGE_SIZE + PAGE_SIZE - 1], released ? 0 : 0xAA);
        ck_assert_uint_eq(host.keys[f], released ? 0 : 0x36);
    }
    /* a range outside the storage does nothing */
    ck_assert_uint_eq(storage_release(&g, 4 * PAGE_SIZE, PAGE_SIZE), 0);
    storage_free(&host);
}
END_TEST

/* ---- X'258' ---- */

#define PB 0x3000
#define TOKEN 0x3800

static void prs(uint16_t sub, uint16_t len, uint16_t ver, uint64_t token, uint64_t sel, uint64_t cmp, uint64_t z)
{
    uint8_t *p = env_mem(PB);
    st_be16(p, 0x258);
    st_be16(p + 2, sub);
    st_be16(p + 4, len);
    st_be16(p + 6, ver);
    st_be64(p + 8, token);
    st_be64(p + 16, sel);
    st_be64(p + 24, cmp);
    st_be64(p + 32, z);
}

#define ZARCH 0x8000000000000000ULL
#define SEL 0x0300000000000000ULL /* PSW bits 6-7 (I/O, external) */
#define CMP 0x0300000000000000ULL

START_TEST(x258_establish_and_cancel)
{
    start(_i);
    struct cpu *c = env_cpu();
    prs(0, 5, 2, TOKEN, SEL, CMP, ZARCH);
    c->gr[6] = PB;
    c->gr[7] = 0xFFFF;
    env_diag(6, 7, 0x258);
    ck_assert_uint_eq(env_pgm(), 0);
    ck_assert_uint_eq(c->gr[7], 0);
    ck_assert_uint_eq(env_dvm()->pfault_token[0], TOKEN);
    ck_assert(env_dvm()->pfault[0].on);
    ck_assert_uint_eq(env_dvm()->pfault[0].select, SEL);
    ck_assert_uint_eq(env_dvm()->pfault[0].compare, CMP);
    /* again while on: return code 8, the token stays */
    prs(0, 5, 2, TOKEN + 8, SEL, CMP, ZARCH);
    env_diag(6, 7, 0x258);
    ck_assert_uint_eq(env_pgm(), 0);
    ck_assert_uint_eq(c->gr[7], 8);
    ck_assert_uint_eq(env_dvm()->pfault_token[0], TOKEN);
    /* cancel: 0, then 4 when none is on */
    prs(1, 5, 2, 0, 0, 0, 0);
    env_diag(6, 7, 0x258);
    ck_assert_uint_eq(env_pgm(), 0);
    ck_assert_uint_eq(c->gr[7], 0);
    ck_assert(!env_dvm()->pfault[0].on);
    ck_assert_uint_eq(env_dvm()->pfault_token[0], 0);
    env_diag(6, 7, 0x258);
    ck_assert_uint_eq(c->gr[7], 4);
    /* and on again */
    prs(0, 5, 2, TOKEN, SEL, CMP, ZARCH);
    env_diag(6, 7, 0x258);
    ck_assert_uint_eq(c->gr[7], 0);
    ck_assert(env_dvm()->pfault[0].on);
    env_end();
}
END_TEST

START_TEST(x258_invalid_operands)
{
    start(_i);
    struct cpu *c = env_cpu();
    c->gr[6] = PB;
    c->gr[7] = 0x77;
    static const struct {
        uint16_t sub, len, ver;
        uint64_t token, sel, cmp, z;
        unsigned pgm;
    } cases[] = {
        {0, 5, 1, TOKEN, SEL, CMP, ZARCH, PGM_SPECIFICATION},        /* version 1 */
        {0, 4, 2, TOKEN, SEL, CMP, ZARCH, PGM_SPECIFICATION},        /* length 4 */
        {0, 5, 2, TOKEN + 4, SEL, CMP, ZARCH, PGM_SPECIFICATION},    /* token not a doubleword */
        {0, 5, 2, TOKEN, SEL, CMP, 0, PGM_SPECIFICATION},            /* not z/Architecture */
        {0, 5, 2, TOKEN, 0x0100000000000000ULL, CMP, ZARCH, PGM_SPECIFICATION}, /* compare not in select */
        {2, 5, 2, TOKEN, SEL, CMP, ZARCH, PGM_SPECIFICATION},        /* subcode 2 */
        {1, 5, 2, TOKEN, 0, 0, 0, PGM_SPECIFICATION},                /* cancel with a token */
        {1, 5, 2, 0, 0, 0, ZARCH, PGM_SPECIFICATION},
        {0, 5, 2, MIB, SEL, CMP, ZARCH, PGM_ADDRESSING},             /* token outside storage */
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        prs(cases[k].sub, cases[k].len, cases[k].ver, cases[k].token, cases[k].sel, cases[k].cmp, cases[k].z);
        env_diag(6, 7, 0x258);
        ck_assert_uint_eq(env_pgm(), cases[k].pgm);
        ck_assert_uint_eq(c->gr[7], 0x77);
        ck_assert(!env_dvm()->pfault[0].on);
    }
    prs(0, 5, 2, TOKEN, SEL, CMP, ZARCH);
    st_be16(env_mem(PB), 0x250); /* not X'0258' */
    env_diag(6, 7, 0x258);
    ck_assert_uint_eq(env_pgm(), PGM_SPECIFICATION);
    prs(0, 5, 2, TOKEN, SEL, CMP, ZARCH);
    c->gr[6] = PB + 4; /* block not on a doubleword */
    env_diag(6, 7, 0x258);
    ck_assert_uint_eq(env_pgm(), PGM_SPECIFICATION);
    c->gr[6] = MIB - 16; /* block runs off the end */
    env_diag(6, 7, 0x258);
    ck_assert_uint_eq(env_pgm(), PGM_ADDRESSING);
    c->gr[6] = PB;
    env_diag_mask(6, 7, 0x258, DENV_PSW_64 | PSW_PROBLEM);
    ck_assert_uint_eq(env_pgm(), PGM_PRIVILEGED);
    env_end();
}
END_TEST

/* ---- X'260' ---- */

START_TEST(x260_storage_size_and_extents)
{
    start(_i);
    struct cpu *c = env_cpu();
    c->gr[2] = 0x1234;
    c->gr[3] = 0x0C;
    env_diag(2, 3, 0x260);
    ck_assert_uint_eq(env_pgm(), 0);
    ck_assert_uint_eq(c->gr[2], MIB - 1);
    ck_assert_uint_eq(c->gr[3], MIB - 1);

    memset(env_mem(0x3000), 0x55, 64);
    c->gr[4] = 0x3000;
    c->gr[5] = 8 * 16;
    c->gr[7] = 0x10;
    c->cc = 3;
    env_diag(4, 7, 0x260);
    ck_assert_uint_eq(env_pgm(), 0);
    ck_assert_uint_eq(c->cc, 0);
    ck_assert_uint_eq(c->gr[7], 1);
    ck_assert_uint_eq(ld_be64(env_mem(0x3000)), 0);
    ck_assert_uint_eq(ld_be64(env_mem(0x3008)), MIB - 1);
    ck_assert_uint_eq(env_mem(0x3010)[0], 0x55); /* one extent only */

    /* subcode 0 in the 31-bit mode: bits 32-63 of Rx */
    c->gr[2] = 0xAAAAAAAA00000000ULL;
    c->gr[3] = 0;
    env_diag_mask(2, 3, 0x260, DENV_PSW_31);
    ck_assert_uint_eq(env_pgm(), 0);
    ck_assert_uint_eq(c->gr[2], 0xAAAAAAAA00000000ULL | (MIB - 1));
    env_end();
}
END_TEST

START_TEST(x260_invalid_operands)
{
    start(_i);
    struct cpu *c = env_cpu();
    c->gr[3] = 0; /* subcode 0 in the 64-bit mode */
    env_diag(2, 3, 0x260);
    ck_assert_uint_eq(env_pgm(), PGM_SPECIFICATION);
    c->gr[3] = 4; /* not served */
    env_diag(2, 3, 0x260);
    ck_assert_uint_eq(env_pgm(), PGM_SPECIFICATION);
    c->gr[3] = 0x10;
    c->gr[5] = 0x3000;
    env_diag(5, 3, 0x260); /* odd Rx */
    ck_assert_uint_eq(env_pgm(), PGM_SPECIFICATION);
    static const struct { uint64_t area, len; unsigned pgm; } cases[] = {
        {0x3008, 16, PGM_SPECIFICATION},      /* not a quadword */
        {0x3000, 0, PGM_SPECIFICATION},       /* no room */
        {0x3000, 24, PGM_SPECIFICATION},      /* not a multiple of 16 */
        {0x3000, (uint64_t)-16, PGM_SPECIFICATION}, /* negative */
        {MIB, 16, PGM_ADDRESSING},            /* outside storage */
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        c->gr[4] = cases[k].area;
        c->gr[5] = cases[k].len;
        c->gr[3] = 0x10;
        env_diag(4, 3, 0x260);
        ck_assert_uint_eq(env_pgm(), cases[k].pgm);
    }
    env_diag_mask(4, 3, 0x260, DENV_PSW_64 | PSW_PROBLEM);
    ck_assert_uint_eq(env_pgm(), PGM_PRIVILEGED);
    env_end();
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("diag_storage");
    TCase *t = tcase_create("storage");
    tcase_add_loop_test(t, x010_release_gives_memory_back, 0, 2);
    tcase_add_loop_test(t, x010_invalid_operands, 0, 2);
    tcase_add_test(t, x010_keeps_the_prefix_pages);
    tcase_add_test(t, release_through_a_frame_map);
    tcase_add_loop_test(t, x258_establish_and_cancel, 0, 2);
    tcase_add_loop_test(t, x258_invalid_operands, 0, 2);
    tcase_add_loop_test(t, x260_storage_size_and_extents, 0, 2);
    tcase_add_loop_test(t, x260_invalid_operands, 0, 2);
    suite_add_tcase(s, t);
    return s;
}

int main(void) { return h_main(make_suite()); }
