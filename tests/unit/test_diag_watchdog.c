/* DIAGNOSE X'288' (watchdog) on a CP virtual machine and on the bare machine: the checks
 * (register pairs, function codes, the 15-second minimum, the command length, the PR/SM
 * action code), init/change/cancel, the timer on the guest's TOD clock, and each action on
 * expiry; then whole runs in which the guest arms the watchdog and moves its own clock past
 * the interval with SET CLOCK.  Expected values come from Linux's diag288_wdt.c (register
 * use, function codes 0/1/2, X'80000000' conceal, action 0 restart, 240-byte commands, 15 s
 * minimum), QEMU's diag288 (change and cancel need an armed watchdog), the PoP (TOD bit 51 is
 * a microsecond; the restart interruption's PSW swap at 0x120/0x1A0) and code page 037. */
#include "diag_target.h"
#include "ebcdic.h"
#include "harness.h"
#include "timer.h"

#define CMD 0x5000
#define TOD_SEC 4096000000ULL

static struct target T;

static void setup(int mode)
{
    t_init(&T, (enum t_mode)mode);
}

static void put_cmd(const char *text)
{
    for (size_t i = 0; text[i]; i++)
        *t_mem(&T, CMD + i) = latin1_to_cp037((uint8_t)text[i]);
}

/* DIAG Rx,Ry,X'288' with the four operand registers. */
static int diag288(unsigned rx, unsigned ry, uint64_t func, uint64_t interval, uint64_t action, uint64_t len)
{
    char hex[16];
    snprintf(hex, sizeof hex, "83%X%X0288", rx, ry);
    t_code(&T, T_CODE, hex);
    struct cpu *c = t_cpu(&T, 0);
    cpu_load_psw(c, T_PSW_64, T_CODE);
    c->gr[rx] = func;
    c->gr[(rx + 1) & 15] = interval;
    c->gr[ry] = action;
    c->gr[(ry + 1) & 15] = len;
    c->cc = 3;
    return t_run(&T);
}

/* init, z/VM form, with the command text */
static unsigned init_cmd(const char *text, uint64_t interval)
{
    put_cmd(text);
    diag288(2, 4, 0, interval, CMD, strlen(text));
    return t_pgm(&T);
}

START_TEST(problem_state_is_privileged)
{
    setup(_i);
    put_cmd("IPL");
    t_code(&T, T_CODE, "83240288");
    cpu_load_psw(t_cpu(&T, 0), T_PSW_64 | PSW_PROBLEM, T_CODE);
    t_cpu(&T, 0)->gr[3] = 15;
    t_cpu(&T, 0)->gr[4] = CMD;
    t_cpu(&T, 0)->gr[5] = 3;
    t_run(&T);
    ck_assert_uint_eq(t_pgm(&T), PGM_PRIVILEGED);
    t_free(&T);
}
END_TEST

START_TEST(register_pairs)
{
    setup(_i);
    put_cmd("IPL");
    diag288(3, 4, 0, 15, CMD, 3);
    ck_assert_uint_eq(t_pgm(&T), PGM_SPECIFICATION);
    diag288(2, 5, 0, 15, CMD, 3);
    ck_assert_uint_eq(t_pgm(&T), PGM_SPECIFICATION);
    ck_assert(!T.m->diag.wd.armed);
    t_free(&T);
}
END_TEST

START_TEST(function_codes)
{
    static const uint64_t bad[] = {3, 4, 0x7FFFFFFF, 0x80000003ULL};
    setup(_i);
    put_cmd("IPL");
    for (unsigned k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        diag288(2, 4, bad[k], 15, CMD, 3);
        ck_assert_uint_eq(t_pgm(&T), PGM_SPECIFICATION);
    }
    /* bits 0-31 of Rx are not part of the code; X'80000000' is the conceal flag */
    diag288(2, 4, 0xFFFFFFFF80000000ULL, 15, CMD, 3);
    ck_assert_uint_eq(t_pgm(&T), 0);
    ck_assert_uint_eq(t_cpu(&T, 0)->cc, 0);
    ck_assert(T.m->diag.wd.armed);
    ck_assert(T.m->diag.wd.conceal);
    t_free(&T);
}
END_TEST

START_TEST(change_and_cancel_need_an_armed_watchdog)
{
    setup(_i);
    diag288(2, 4, 1, 15, 0, 0);
    ck_assert_uint_eq(t_pgm(&T), PGM_SPECIFICATION);
    diag288(2, 4, 2, 0, 0, 0);
    ck_assert_uint_eq(t_pgm(&T), PGM_SPECIFICATION);
    t_free(&T);
}
END_TEST

START_TEST(minimum_interval)
{
    setup(_i);
    ck_assert_uint_eq(init_cmd("IPL", 14), PGM_SPECIFICATION);
    ck_assert_uint_eq(init_cmd("IPL", 0), PGM_SPECIFICATION);
    ck_assert_uint_eq(init_cmd("IPL", 1ULL << 63), PGM_SPECIFICATION); /* bits 32-63: 0 */
    ck_assert(!T.m->diag.wd.armed);
    ck_assert_uint_eq(init_cmd("IPL", 15), 0);
    ck_assert_uint_eq(T.m->diag.wd.interval, 15);
    diag288(2, 4, 1, 14, 0, 0); /* change below the minimum */
    ck_assert_uint_eq(t_pgm(&T), PGM_SPECIFICATION);
    ck_assert_uint_eq(T.m->diag.wd.interval, 15);
    diag288(2, 4, 2, 0, 0, 0); /* cancel takes no interval */
    ck_assert_uint_eq(t_pgm(&T), 0);
    ck_assert(!T.m->diag.wd.armed);
    t_free(&T);
}
END_TEST

START_TEST(command_length_and_address)
{
    setup(_i);
    memset(t_mem(&T, CMD), 0x40, 300); /* EBCDIC blanks */
    put_cmd("IPL");
    diag288(2, 4, 0, 15, CMD, 241);
    ck_assert_uint_eq(t_pgm(&T), PGM_SPECIFICATION);
    diag288(2, 4, 0, 15, CMD, 100000);
    ck_assert_uint_eq(t_pgm(&T), PGM_SPECIFICATION);
    diag288(2, 4, 0, 15, T_STORAGE - 2, 3); /* runs off the end of storage */
    ck_assert_uint_eq(t_pgm(&T), PGM_ADDRESSING);
    diag288(2, 4, 0, 15, ~0ULL - 1, 3); /* wraps */
    ck_assert_uint_eq(t_pgm(&T), PGM_ADDRESSING);
    ck_assert(!T.m->diag.wd.armed);
    diag288(2, 4, 0, 15, CMD, 240); /* "IPL" and 237 blanks */
    ck_assert_uint_eq(t_pgm(&T), 0);
    ck_assert_str_eq(T.m->diag.wd.cmd, "IPL");
    t_free(&T);
}
END_TEST

START_TEST(lpar_form)
{
    setup(_i);
    diag288(2, 4, 0, 30, 1, 0); /* action code 1: none such */
    ck_assert_uint_eq(t_pgm(&T), PGM_SPECIFICATION);
    diag288(2, 4, 0, 30, 0, 0);
    ck_assert_uint_eq(t_pgm(&T), 0);
    ck_assert(T.m->diag.wd.armed);
    ck_assert(T.m->diag.wd.lpar);
    t_free(&T);
}
END_TEST

START_TEST(init_on_the_guest_clock)
{
    setup(_i);
    struct cpu *c = t_cpu(&T, 0);
    c->tod_epoch = (int64_t)(3600 * TOD_SEC); /* the guest's clock is an hour ahead */
    if (T.mode == T_CP)
        st_be64(T.cp.vms[0].vcpus[0].sie.sd->epoch, (uint64_t)c->tod_epoch); /* SIE takes it from here */
    uint64_t before = tod_host() + 3600 * TOD_SEC;
    ck_assert_uint_eq(init_cmd("system restart", 20), 0);
    uint64_t after = tod_host() + 3600 * TOD_SEC;
    const struct diag_watchdog *wd = &T.m->diag.wd;
    ck_assert_str_eq(wd->cmd, "SYSTEM RESTART"); /* upper-cased, ASCII */
    ck_assert(!wd->lpar);
    ck_assert_uint_ge(wd->deadline, before + 20 * TOD_SEC);
    ck_assert_uint_le(wd->deadline, after + 20 * TOD_SEC);
    ck_assert_uint_eq(c->cc, 0);
    int64_t ns = diag_watchdog_next_ns(&T.m->diag, machine_guest_tod(T.m));
    ck_assert_int_gt(ns, 19000000000LL);
    ck_assert_int_le(ns, 20000000000LL);
    t_free(&T);
}
END_TEST

START_TEST(change_keeps_the_action)
{
    setup(_i);
    ck_assert_uint_eq(init_cmd("IPL", 15), 0);
    uint64_t before = tod_cpu(t_cpu(&T, 0));
    diag288(2, 4, 1, 600, 0, 0);
    ck_assert_uint_eq(t_pgm(&T), 0);
    const struct diag_watchdog *wd = &T.m->diag.wd;
    ck_assert_str_eq(wd->cmd, "IPL");
    ck_assert_uint_eq(wd->interval, 600);
    ck_assert_uint_ge(wd->deadline, before + 600 * TOD_SEC);
    t_free(&T);
}
END_TEST

START_TEST(huge_interval_saturates)
{
    setup(_i);
    uint64_t before = tod_cpu(t_cpu(&T, 0));
    ck_assert_uint_eq(init_cmd("IPL", 0xFFFFFFFFULL), 0);
    unsigned __int128 want = (unsigned __int128)before + (unsigned __int128)0xFFFFFFFFULL * TOD_SEC;
    if (want > UINT64_MAX)
        ck_assert_uint_eq(T.m->diag.wd.deadline, UINT64_MAX);
    else
        ck_assert_uint_ge(T.m->diag.wd.deadline, (uint64_t)want);
    ck_assert(!diag_watchdog_poll(&T.m->diag, UINT64_MAX - 1));
    t_free(&T);
}
END_TEST

/* ---- expiry ---- */

static void expire(void)
{
    uint64_t d = T.m->diag.wd.deadline;
    ck_assert(!diag_watchdog_poll(&T.m->diag, d - 1));
    ck_assert(T.m->diag.wd.armed);
    ck_assert(diag_watchdog_poll(&T.m->diag, d));
    ck_assert(!T.m->diag.wd.armed);
    ck_assert_uint_eq(T.m->diag.wd.fired, 1);
    ck_assert(!diag_watchdog_poll(&T.m->diag, d + 100 * TOD_SEC)); /* once */
}

START_TEST(expiry_ipl)
{
    static const struct {
        const char *cmd;
        int kind;
    } cases[] = {
        {"IPL", DIAG_RESET_LOAD_NORMAL},
        {"ipl 0100", DIAG_RESET_LOAD_NORMAL},
        {"IPL 0100 CLEAR", DIAG_RESET_LOAD_CLEAR},
        {"SYSTEM RESET", DIAG_RESET_SYSTEM_RESET},
        {"SYSTEM CLEAR", DIAG_RESET_SYSTEM_CLEAR},
    };
    for (unsigned k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        setup(_i);
        ck_assert_uint_eq(init_cmd(cases[k].cmd, 15), 0);
        expire();
        ck_assert_msg(T.m->reset_pending, "%s", cases[k].cmd);
        ck_assert_int_eq(T.m->reset_kind, cases[k].kind);
        ck_assert_uint_eq(T.m->reset_cpu, 0);
        t_free(&T);
    }
}
END_TEST

START_TEST(expiry_restart)
{
    for (int lpar = 0; lpar <= 1; lpar++) {
        setup(_i);
        T.m->cpus[0].state = MS_DWAIT;
        if (lpar) {
            diag288(2, 4, 0, 15, 0, 0);
            ck_assert_uint_eq(t_pgm(&T), 0);
        } else {
            ck_assert_uint_eq(init_cmd("SYSTEM RESTART", 15), 0);
        }
        T.m->cpus[0].state = MS_DWAIT;
        expire();
        ck_assert(!T.m->reset_pending);
        ck_assert_uint_ne(atomic_load(&t_cpu(&T, 0)->pending) & PEND_RESTART, 0);
        ck_assert_int_eq(T.m->cpus[0].state, MS_RUNNING); /* woken to take it */
        t_free(&T);
    }
}
END_TEST

START_TEST(expiry_other_commands)
{
    setup(_i);
    ck_assert_uint_eq(init_cmd("QUERY USERID", 15), 0);
    expire();
    const char *want = T.mode == T_CP ? "TESTVM   AT ZSIE" : "ZSIE     AT ZSIE";
    ck_assert_ptr_nonnull(strstr(t_console(&T), want));
    ck_assert(!T.m->reset_pending);
    t_free(&T);
    setup(_i);
    ck_assert_uint_eq(init_cmd("NOSUCH COMMAND", 15), 0);
    expire();
    ck_assert_ptr_nonnull(strstr(t_console(&T), "HCPCMD001E"));
    t_free(&T);
    setup(_i);
    ck_assert_uint_eq(init_cmd("BEGIN", 15), 0); /* Linux's probe command: nothing */
    expire();
    ck_assert(!T.m->reset_pending);
    ck_assert_uint_eq(atomic_load(&t_cpu(&T, 0)->pending) & PEND_RESTART, 0);
    t_free(&T);
}
END_TEST

START_TEST(cancel_stops_it)
{
    setup(_i);
    ck_assert_uint_eq(init_cmd("IPL", 15), 0);
    uint64_t d = T.m->diag.wd.deadline;
    diag288(2, 4, 2, 0, 0, 0);
    ck_assert_uint_eq(t_pgm(&T), 0);
    ck_assert_uint_eq(t_cpu(&T, 0)->cc, 0);
    ck_assert(!diag_watchdog_poll(&T.m->diag, d + TOD_SEC));
    ck_assert(!T.m->reset_pending);
    ck_assert_int_eq(diag_watchdog_next_ns(&T.m->diag, d), -1);
    t_free(&T);
}
END_TEST

/* ---- whole runs ---- */

/* Counts its boots at 0xF00 (kept by a load-normal IPL); on the third it ends in the wait at
 * 0.  Otherwise it arms the watchdog for 15 s (z/VM form "IPL" at 0x400, or the PR/SM form
 * when lpar), moves its TOD clock 20 s ahead (STCK, ALG, SCK) and spins.  A restart
 * interruption (the PR/SM action) goes through the restart-new PSW to the wait at 0 too.
 *   200 L 2,F00; AHI 2,1; ST 2,F00; CHI 2,3; JE 250
 *   214 LGHI 4,0; LGHI 5,15; LGHI 6,addr; LGHI 7,len; DIAG 4,6,288
 *   228 STCK 500; LG 8,500; ALG 8,510; STG 8,500; SCK 500; 242 J *
 *   250 LPSWE 300 */
static const char *watchdog_image(bool lpar)
{
    char arm[64];
    snprintf(arm, sizeof arm, "A7490000 A759000F A769%04X A779%04X 83460288", lpar ? 0 : 0x400, lpar ? 0 : 3);
    const char *const parts[][2] = {
        {"0", "00080000 80000200"},
        {"1A0", "0000000180000000 0000000000000250"}, /* restart-new PSW */
        {"200", "58200F00 A72A0001 50200F00 A72E0003 A7840020"},
        {"214", arm},
        {"228", "B2050500 E38005000004 E380051000 0A E38005000024 B2040500 A7F40000"},
        {"250", "B2B20300"},
        {"300", "0002000080000000 0000000000000000"},
        {"400", "C9D7D3"},                /* "IPL" */
        {"510", "0000001312D00000"},      /* 20 s in TOD units */
    };
    uint8_t img[0x600] = {0};
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        uint8_t *p = img + strtoul(parts[i][0], NULL, 16);
        for (const char *s = parts[i][1]; *s;) {
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
    return t_file(3, img, sizeof img);
}

static void run_guest(const char *path)
{
    T.console = tmpfile();
    t_run_image(&T, path, 1, 30);
}

START_TEST(run_watchdog_ipl)
{
    memset(&T, 0, sizeof T);
    T.mode = (enum t_mode)_i;
    run_guest(watchdog_image(false));
    ck_assert_uint_eq(ld_be32(t_mem(&T, 0xF00)), 3); /* booted three times */
    ck_assert_uint_eq(T.m->resets, 2);
    ck_assert_uint_eq(T.m->diag.wd.fired, 2);
    ck_assert(!T.m->diag.wd.armed); /* never after the run */
    t_free(&T);
}
END_TEST

START_TEST(run_watchdog_restart)
{
    memset(&T, 0, sizeof T);
    T.mode = (enum t_mode)_i;
    run_guest(watchdog_image(true));
    ck_assert_uint_eq(ld_be32(t_mem(&T, 0xF00)), 1);
    ck_assert_uint_eq(T.m->resets, 0);
    ck_assert_uint_eq(T.m->diag.wd.fired, 1);
    ck_assert_uint_eq(ld_be64(t_mem(&T, LC_RESTART_OLD + 8)), 0x242); /* interrupted at J * */
    t_free(&T);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("diag_watchdog");
    TCase *tc = tcase_create("x288");
    tcase_set_timeout(tc, 60);
    tcase_add_loop_test(tc, problem_state_is_privileged, 0, 2);
    tcase_add_loop_test(tc, register_pairs, 0, 2);
    tcase_add_loop_test(tc, function_codes, 0, 2);
    tcase_add_loop_test(tc, change_and_cancel_need_an_armed_watchdog, 0, 2);
    tcase_add_loop_test(tc, minimum_interval, 0, 2);
    tcase_add_loop_test(tc, command_length_and_address, 0, 2);
    tcase_add_loop_test(tc, lpar_form, 0, 2);
    tcase_add_loop_test(tc, init_on_the_guest_clock, 0, 2);
    tcase_add_loop_test(tc, change_keeps_the_action, 0, 2);
    tcase_add_loop_test(tc, huge_interval_saturates, 0, 2);
    tcase_add_loop_test(tc, expiry_ipl, 0, 2);
    tcase_add_loop_test(tc, expiry_restart, 0, 2);
    tcase_add_loop_test(tc, expiry_other_commands, 0, 2);
    tcase_add_loop_test(tc, cancel_stops_it, 0, 2);
    tcase_add_loop_test(tc, run_watchdog_ipl, 0, 2);
    tcase_add_loop_test(tc, run_watchdog_restart, 0, 2);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
