/* DIAGNOSE X'308' (IPL functions) on a CP virtual machine and on the bare machine: every
 * subcode's checks and results, the resets as PoP chapter 4 describes them (clear reset:
 * registers and storage zeroed; CPU reset and initial CPU reset), the re-IPL that reads the
 * image again, and whole runs that re-IPL themselves.  Expected values come from Linux's
 * asm/ipl.h and ipl.c (subcodes, the IPL parameter block, return codes X'0001', X'0102',
 * X'0402' in Rx+1), KVM/QEMU (the checks: odd Rx, a block not on a page, subcode bits), and
 * the PoP (resets, the IPL PSW at absolute 0). */
#include "diag_target.h"
#include "harness.h"

#include <pthread.h>

#define BLK 0x4000
#define OUT 0x6000

static struct target T;

static void put_hex(uint8_t *p, const char *hex)
{
    for (const char *s = hex; *s;) {
        if (*s == ' ') {
            s++;
            continue;
        }
        unsigned b;
        sscanf(s, "%2x", &b);
        *p++ = (uint8_t)b;
        s += 2;
    }
}

/* DIAG Rx,Ry,X'308' with Rx = addr and Ry = sub. */
static int diag308(unsigned rx, unsigned ry, uint64_t addr, uint64_t sub)
{
    char hex[16];
    snprintf(hex, sizeof hex, "83%X%X0308", rx, ry);
    t_code(&T, T_CODE, hex);
    cpu_load_psw(t_cpu(&T, 0), T_PSW_64, T_CODE);
    t_cpu(&T, 0)->gr[rx] = addr;
    t_cpu(&T, 0)->gr[ry] = sub;
    return t_run(&T);
}

/* A CCW-type IPL parameter block of len bytes (Linux's struct ipl_pl_hdr + ipl_pb0_ccw). */
static void ccw_block(uint64_t at, uint32_t len, uint8_t version, uint8_t pbt)
{
    uint8_t *b = t_mem(&T, at);
    memset(b, 0, 4096);
    st_be32(b, len);
    b[7] = version;
    st_be32(b + 8, len - 8);
    b[12] = pbt;
    for (uint32_t i = 16; i < len && i < 4096; i++)
        b[i] = (uint8_t)(i * 7);
}

static void setup(int mode)
{
    t_init(&T, (enum t_mode)mode);
}

START_TEST(problem_state_is_privileged)
{
    setup(_i);
    t_code(&T, T_CODE, "83240308");
    cpu_load_psw(t_cpu(&T, 0), T_PSW_64 | PSW_PROBLEM, T_CODE);
    t_cpu(&T, 0)->gr[4] = 6;
    t_run(&T);
    ck_assert_uint_eq(t_pgm(&T), PGM_PRIVILEGED);
    t_free(&T);
}
END_TEST

START_TEST(subcode_checks)
{
    static const uint64_t bad[] = {2, 7, 8, 9, 10, 0xFFFF, 0x20006, 0x100000006ULL, 1ULL << 63};
    for (unsigned k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        setup(_i);
        diag308(2, 4, BLK, bad[k]);
        ck_assert_msg(t_pgm(&T) == PGM_SPECIFICATION, "subcode %llx", (unsigned long long)bad[k]);
        t_free(&T);
    }
    /* bit 47 is Linux's DIAG308_FLAG_EI: store with it works */
    setup(_i);
    diag308(2, 4, BLK, 0x10006);
    ck_assert_uint_eq(t_pgm(&T), 0);
    ck_assert_uint_eq(t_cpu(&T, 0)->gr[3], 0x0102);
    t_free(&T);
}
END_TEST

START_TEST(block_checks)
{
    for (unsigned sub = 5; sub <= 6; sub++) {
        setup(_i);
        diag308(3, 4, BLK, sub); /* odd Rx */
        ck_assert_uint_eq(t_pgm(&T), PGM_SPECIFICATION);
        t_free(&T);
        setup(_i);
        diag308(2, 4, BLK + 8, sub); /* not on a 4 KiB boundary */
        ck_assert_uint_eq(t_pgm(&T), PGM_SPECIFICATION);
        t_free(&T);
        setup(_i);
        diag308(2, 4, BLK + 0x800, sub);
        ck_assert_uint_eq(t_pgm(&T), PGM_SPECIFICATION);
        t_free(&T);
        setup(_i);
        diag308(2, 4, T_STORAGE, sub); /* the page after the last */
        ck_assert_uint_eq(t_pgm(&T), PGM_ADDRESSING);
        t_free(&T);
        setup(_i);
        diag308(2, 4, 0xFFFFFFFFFFFFF000ULL, sub); /* wraps */
        ck_assert_uint_eq(t_pgm(&T), PGM_ADDRESSING);
        t_free(&T);
    }
}
END_TEST

START_TEST(store_without_set_is_0102)
{
    setup(_i);
    memset(t_mem(&T, OUT), 0xAA, 4096);
    t_cpu(&T, 0)->gr[3] = ~0ULL;
    diag308(2, 4, OUT, 6);
    ck_assert_uint_eq(t_pgm(&T), 0);
    ck_assert_uint_eq(t_cpu(&T, 0)->gr[3], 0x0102); /* the whole register */
    for (unsigned i = 0; i < 4096; i++)
        ck_assert_uint_eq(*t_mem(&T, OUT + i), 0xAA);
    t_free(&T);
}
END_TEST

START_TEST(set_then_store)
{
    setup(_i);
    ccw_block(BLK, 200, 0, 2);
    diag308(2, 4, BLK, 5);
    ck_assert_uint_eq(t_pgm(&T), 0);
    ck_assert_uint_eq(t_cpu(&T, 0)->gr[3], 0x0001);
    memset(t_mem(&T, OUT), 0xAA, 4096);
    diag308(6, 8, OUT, 6);
    ck_assert_uint_eq(t_pgm(&T), 0);
    ck_assert_uint_eq(t_cpu(&T, 0)->gr[7], 0x0001);
    ck_assert_int_eq(memcmp(t_mem(&T, OUT), t_mem(&T, BLK), 200), 0);
    ck_assert_uint_eq(*t_mem(&T, OUT + 200), 0xAA); /* only len bytes */
    ck_assert_uint_ne(T.m->mem.keys[OUT >> 12] & SKEY_C, 0); /* a store sets the change bit */
    t_free(&T);
}
END_TEST

START_TEST(set_validation)
{
    struct {
        uint32_t len;
        uint8_t version, pbt;
        uint32_t rc;
    } cases[] = {
        {200, 0, 2, 1},    {199, 0, 2, 0x402}, {200, 1, 2, 0x402}, {4096, 0, 2, 1}, {4097, 0, 2, 0x402},
        {15, 0, 2, 0x402}, {384, 0, 0, 1},     {383, 0, 0, 0x402}, {400, 0, 9, 0x402}, {400, 0, 1, 0x402},
    };
    for (unsigned k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        setup(_i);
        ccw_block(BLK, cases[k].len, cases[k].version, cases[k].pbt);
        diag308(2, 4, BLK, 5);
        ck_assert_uint_eq(t_pgm(&T), 0);
        ck_assert_msg(t_cpu(&T, 0)->gr[3] == cases[k].rc, "case %u: rc %llx", k,
                      (unsigned long long)t_cpu(&T, 0)->gr[3]);
        diag308(2, 4, OUT, 6);
        ck_assert_uint_eq(t_cpu(&T, 0)->gr[3], (cases[k].rc == 1 ? 1 : 0x102)); /* invalid: not set */
        t_free(&T);
    }
    /* block 0 longer than the list */
    setup(_i);
    ccw_block(BLK, 200, 0, 2);
    st_be32(t_mem(&T, BLK + 8), 193);
    diag308(2, 4, BLK, 5);
    ck_assert_uint_eq(t_cpu(&T, 0)->gr[3], 0x402);
    /* an invalid block leaves the one set before */
    ccw_block(BLK, 200, 0, 2);
    diag308(2, 4, BLK, 5);
    ccw_block(BLK, 200, 7, 2);
    diag308(2, 4, BLK, 5);
    ck_assert_uint_eq(t_cpu(&T, 0)->gr[3], 0x402);
    diag308(2, 4, OUT, 6);
    ck_assert_uint_eq(t_cpu(&T, 0)->gr[3], 1);
    ck_assert_uint_eq(*t_mem(&T, OUT + 7), 0); /* version 0: the first block */
    t_free(&T);
}
END_TEST

START_TEST(store_protected)
{
    setup(_i);
    ccw_block(BLK, 200, 0, 2);
    diag308(2, 4, BLK, 5);
    T.m->mem.keys[OUT >> 12] = 0x10; /* key 1 */
    memset(t_mem(&T, OUT), 0xAA, 16);
    t_code(&T, T_CODE, "83240308");
    cpu_load_psw(t_cpu(&T, 0), T_PSW_64 | (2ULL << PSW_KEY_SHIFT), T_CODE);
    t_cpu(&T, 0)->gr[2] = OUT;
    t_cpu(&T, 0)->gr[4] = 6;
    t_run(&T);
    ck_assert_uint_eq(t_pgm(&T), PGM_PROTECTION);
    ck_assert_uint_eq(*t_mem(&T, OUT), 0xAA);
    t_free(&T);
}
END_TEST

/* ---- the resets, performed as the run controller does (no threads) ---- */

static const char *const image_hex[][2] = {
    {"0", "00080000 80000200"},          /* IPL PSW: 31-bit, 0x200 */
    {"200", "A7F40000"},                 /* J * */
    {"300", "CAFEBABE"},                 /* a marker the program may change */
};

static const char *make_image(unsigned slot, const char *const (*parts)[2], size_t n, size_t size)
{
    uint8_t *img = calloc(1, size);
    for (size_t i = 0; i < n; i++)
        put_hex(img + strtoul(parts[i][0], NULL, 16), parts[i][1]);
    const char *p = t_file(slot, img, size);
    free(img);
    return p;
}

static void load_ipl_image(void)
{
    char err[300];
    struct load_result lr;
    const char *path = make_image(0, image_hex, 3, 0x400);
    ck_assert_int_eq(machine_load(T.m, path, NULL, &lr, err, sizeof err), 0);
    ck_assert_uint_eq(lr.psw_ia, 0x200);
}

/* The guest changed things after the IPL. */
static void scribble(void)
{
    st_be32(t_mem(&T, 0x300), 0);
    *t_mem(&T, 0x50000) = 0x55;
    T.m->mem.keys[0x50] = 0x30;
    for (unsigned i = 0; i < T.m->ncpus; i++) {
        t_cpu(&T, i)->gr[5] = 7;
        t_cpu(&T, i)->fpr[1] = 9;
        t_cpu(&T, i)->cr[0] = 0x12345;
        t_cpu(&T, i)->prefix = 0x8000;
    }
}

static void perform(int kind)
{
    ck_assert_int_eq(machine_request_reset(T.m, t_cpu(&T, 0), kind), EXEC_STOP);
    pthread_mutex_lock(&T.m->lock);
    ck_assert(T.m->reset_pending);
    T.m->cpus[0].state = MS_STOPPED; /* what the issuer's thread does with EXEC_STOP */
    ck_assert(machine_quiet(T.m));
    machine_perform_reset(T.m);
    pthread_mutex_unlock(&T.m->lock);
    ck_assert(!T.m->reset_pending);
}

START_TEST(reset_subcodes_request_the_controller)
{
    static const unsigned subs[] = {0, 1, 3, 4};
    for (unsigned k = 0; k < 4; k++) {
        setup(_i);
        ck_assert_int_eq(diag308(2, 4, 0, subs[k]), EXEC_STOP);
        ck_assert(T.m->reset_pending);
        ck_assert_int_eq(T.m->reset_kind, (int)subs[k]);
        ck_assert_uint_eq(T.m->reset_cpu, 0);
        t_free(&T);
    }
}
END_TEST

START_TEST(load_clear_reloads_and_clears)
{
    setup(_i);
    load_ipl_image();
    scribble();
    perform(DIAG_RESET_LOAD_CLEAR);
    struct cpu *c = t_cpu(&T, 0);
    ck_assert_uint_eq(ld_be32(t_mem(&T, 0x300)), 0xCAFEBABE); /* the fresh copy */
    ck_assert_uint_eq(*t_mem(&T, 0x50000), 0);                 /* storage zeroed */
    ck_assert_uint_eq(T.m->mem.keys[0x50], 0);                 /* keys zeroed */
    ck_assert_uint_eq(c->gr[5], 0);
    ck_assert_uint_eq(c->fpr[1], 0);
    ck_assert_uint_eq(c->cr[0], 0xE0); /* PoP initial values */
    ck_assert_uint_eq(c->prefix, 0);
    ck_assert_uint_eq(psw_mask(c), 0x0000000080000000ULL);
    ck_assert_uint_eq(c->psw.ia, 0x200);
    ck_assert_int_eq(T.m->cpus[0].state, MS_RUNNING);
    ck_assert(!c->stopped);
    ck_assert_uint_eq(T.m->resets, 1);
    t_free(&T);
}
END_TEST

START_TEST(load_normal_reloads_keeps_storage)
{
    setup(_i);
    load_ipl_image();
    scribble();
    perform(DIAG_RESET_LOAD_NORMAL);
    struct cpu *c = t_cpu(&T, 0);
    ck_assert_uint_eq(ld_be32(t_mem(&T, 0x300)), 0xCAFEBABE);
    ck_assert_uint_eq(*t_mem(&T, 0x50000), 0x55);
    ck_assert_uint_eq(T.m->mem.keys[0x50] & SKEY_ACC, 0x30);
    ck_assert_uint_eq(c->gr[5], 7); /* initial CPU reset keeps the general registers */
    ck_assert_uint_eq(c->cr[0], 0xE0);
    ck_assert_uint_eq(c->prefix, 0);
    ck_assert_uint_eq(c->psw.ia, 0x200);
    ck_assert_int_eq(T.m->cpus[0].state, MS_RUNNING);
    t_free(&T);
}
END_TEST

START_TEST(subcodes_0_1_start_from_psw_at_0)
{
    for (int kind = 0; kind <= 1; kind++) {
        setup(_i);
        load_ipl_image();
        scribble();
        put_hex(t_mem(&T, 0), "00080000 80004000");
        perform(kind);
        struct cpu *c = t_cpu(&T, 0);
        ck_assert_uint_eq(ld_be32(t_mem(&T, 0x300)), 0); /* not loaded again */
        ck_assert_uint_eq(*t_mem(&T, 0x50000), 0x55);   /* storage kept */
        ck_assert_uint_eq(c->gr[5], kind == 0 ? 0 : 7);  /* clear reset zeroes registers */
        ck_assert_uint_eq(c->cr[0], 0xE0);
        ck_assert_uint_eq(psw_mask(c), 0x0000000080000000ULL);
        ck_assert_uint_eq(c->psw.ia, 0x4000);
        ck_assert_int_eq(T.m->cpus[0].state, MS_RUNNING);
        t_free(&T);
    }
}
END_TEST

START_TEST(other_cpus_reset)
{
    for (int kind = 3; kind <= 4; kind++) {
        memset(&T, 0, sizeof T);
        T.mode = (enum t_mode)_i;
        t_init_cpus(&T, 2);
        load_ipl_image();
        scribble();
        T.m->cpus[1].state = MS_DWAIT;
        perform(kind);
        struct cpu *c1 = t_cpu(&T, 1);
        ck_assert_int_eq(T.m->cpus[1].state, MS_STOPPED);
        ck_assert(c1->stopped);
        if (kind == DIAG_RESET_LOAD_CLEAR) {
            ck_assert_uint_eq(c1->gr[5], 0);
            ck_assert_uint_eq(c1->cr[0], 0xE0);
            ck_assert_uint_eq(c1->prefix, 0);
        } else { /* CPU reset: registers kept */
            ck_assert_uint_eq(c1->gr[5], 7);
            ck_assert_uint_eq(c1->cr[0], 0x12345);
            ck_assert_uint_eq(c1->prefix, 0x8000);
        }
        ck_assert_int_eq(T.m->cpus[0].state, MS_RUNNING);
        t_free(&T);
    }
}
END_TEST

START_TEST(system_reset_stands_stopped)
{
    setup(_i);
    load_ipl_image();
    scribble();
    perform(DIAG_RESET_SYSTEM_RESET);
    ck_assert_int_eq(T.m->cpus[0].state, MS_STOPPED);
    ck_assert_uint_eq(*t_mem(&T, 0x50000), 0x55);
    ck_assert_uint_eq(ld_be32(t_mem(&T, 0x300)), 0);
    ck_assert(T.m->ended); /* every CPU stopped: the run is over */
    t_free(&T);
    setup(_i);
    load_ipl_image();
    scribble();
    perform(DIAG_RESET_SYSTEM_CLEAR);
    ck_assert_int_eq(T.m->cpus[0].state, MS_STOPPED);
    ck_assert_uint_eq(*t_mem(&T, 0x50000), 0);
    t_free(&T);
}
END_TEST

START_TEST(image_gone_stays_stopped)
{
    setup(_i);
    load_ipl_image();
    unlink(T.m->ipl_image);
    perform(DIAG_RESET_LOAD_CLEAR);
    ck_assert_int_eq(T.m->cpus[0].state, MS_STOPPED);
    ck_assert(T.m->ended);
    t_free(&T);
}
END_TEST

START_TEST(reset_keeps_ipl_parameters_cancels_watchdog)
{
    setup(_i);
    load_ipl_image();
    ccw_block(BLK, 200, 0, 2);
    diag308(2, 4, BLK, 5);
    T.m->diag.wd.armed = true;
    perform(DIAG_RESET_LOAD_NORMAL);
    ck_assert(!T.m->diag.wd.armed);
    ck_assert_uint_eq(T.m->diag.ipl_parm_len, 200);
    t_free(&T);
}
END_TEST

/* ---- whole runs on the CPU threads ---- */

/* Re-IPLs itself with load normal (subcode 4) until the counter at 0xF00 (outside the image,
 * kept) reaches n; each time checks that the flag at 0x280 (in the image, set to 1 by the
 * previous boot) is the fresh 0.  Ends in the disabled wait at 0; a stale flag at 0xBAD0.
 *   200 L 2,F00; AHI 2,1; ST 2,F00; CLI 280,0; JNE 240; MVI 280,1; CHI 2,n; JE 230;
 *   220 LHI 3,4; DIAG 0,3,308; J *;  230 LPSWE 300;  240 LPSWE 310 */
static const char *counting_image(unsigned n)
{
    char loop[200];
    snprintf(loop, sizeof loop, "58200F00 A72A0001 50200F00 95000280 A7740018 92010280 A72E%04X A784000A", n);
    const char *const parts[][2] = {
        {"0", "00080000 80000200"},
        {"200", loop},
        {"220", "A7380004 83030308 A7F40000"},
        {"230", "B2B20300"},
        {"240", "B2B20310"},
        {"300", "0002000080000000 0000000000000000 0002000080000000 000000000000BAD0"},
    };
    return make_image(1, parts, 6, 0x400);
}

/* Load clear through the IPL parameters: the first boot (store: none set, X'0102') sets a
 * CCW block, marks storage at 0x50000 and its own marker at 0x300, and re-IPLs with subcode
 * 3; the second (store: X'0001', the block survived) finds 0x50000 zeroed and the marker
 * fresh, and ends at the wait at 0; anything else ends at 0xBAD0. */
static const char *clearing_image(void)
{
    const char *const parts[][2] = {
        {"0", "00080000 80000200"},
        {"200", "A7294000 A7490006 83240308 A55E0005 A73F0001 A7840012"},
        {"218", "92555000 92000300 A7490005 83240308 A7490003 83240308 A7F40010"},
        {"238", "95005000 A7740008 95CA0300 A7740004 B2B20260 B2B20270"},
        {"250", "B2B20270"},
        {"260", "0002000080000000 0000000000000000 0002000080000000 000000000000BAD0"},
        {"300", "CA"},
        {"4000", "000000C8 00000000 000000C0 02"},
    };
    return make_image(2, parts, 8, 0x4100);
}

static void run_whole(const char *path, uint64_t *resets)
{
    t_run_image(&T, path, 2, 20);
    ck_assert_uint_eq(t_cpu(&T, 0)->psw.ia, 0);
    *resets = T.m->resets;
}

START_TEST(run_reipls_itself)
{
    memset(&T, 0, sizeof T);
    T.mode = (enum t_mode)_i;
    T.console = tmpfile();
    uint64_t resets;
    run_whole(counting_image(50), &resets);
    ck_assert_uint_eq(ld_be32(t_mem(&T, 0xF00)), 50);
    ck_assert_uint_eq(resets, 49);
    ck_assert_uint_eq(T.m->diag.count[0x308 / 4], 49);
    t_free(&T);
}
END_TEST

START_TEST(run_load_clear_with_parameters)
{
    memset(&T, 0, sizeof T);
    T.mode = (enum t_mode)_i;
    T.console = tmpfile();
    uint64_t resets;
    run_whole(clearing_image(), &resets);
    ck_assert_uint_eq(resets, 1);
    ck_assert_uint_eq(T.m->diag.count[0x308 / 4], 4); /* store, set, load clear; store */
    t_free(&T);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("diag_ipl");
    TCase *tc = tcase_create("x308");
    tcase_set_timeout(tc, 60);
    tcase_add_loop_test(tc, problem_state_is_privileged, 0, 2);
    tcase_add_loop_test(tc, subcode_checks, 0, 2);
    tcase_add_loop_test(tc, block_checks, 0, 2);
    tcase_add_loop_test(tc, store_without_set_is_0102, 0, 2);
    tcase_add_loop_test(tc, set_then_store, 0, 2);
    tcase_add_loop_test(tc, set_validation, 0, 2);
    tcase_add_loop_test(tc, store_protected, 0, 2);
    tcase_add_loop_test(tc, reset_subcodes_request_the_controller, 0, 2);
    tcase_add_loop_test(tc, load_clear_reloads_and_clears, 0, 2);
    tcase_add_loop_test(tc, load_normal_reloads_keeps_storage, 0, 2);
    tcase_add_loop_test(tc, subcodes_0_1_start_from_psw_at_0, 0, 2);
    tcase_add_loop_test(tc, other_cpus_reset, 0, 2);
    tcase_add_loop_test(tc, system_reset_stands_stopped, 0, 2);
    tcase_add_loop_test(tc, image_gone_stays_stopped, 0, 2);
    tcase_add_loop_test(tc, reset_keeps_ipl_parameters_cancels_watchdog, 0, 2);
    tcase_add_loop_test(tc, run_reipls_itself, 0, 2);
    tcase_add_loop_test(tc, run_load_clear_with_parameters, 0, 2);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
