/* The machine with its CPU threads: enabled waits woken by the clock comparator, by SIGP and
 * by console input; SIGP restart and stop of running CPUs; the instruction limit and the
 * timeout.  Programs are hand-assembled (LPSWE B2B2, BRC A7x4); interruption codes and
 * lowcore locations from the PoP. */
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"
#include "sigp.h"
#include "timer.h"

#define CR0_EMERGENCY (1ULL << (63 - 49))
#define CR0_CKC (1ULL << (63 - 52))
#define CR0_SERVICE (1ULL << (63 - 54))
#define DWAIT 0x0002000180000000ULL                /* disabled wait, 64-bit mode */
#define EWAIT (0x0002000180000000ULL | PSW_EXT)    /* enabled wait */

static struct machine m;

static void start(unsigned ncpus, uint64_t max_insns, double timeout)
{
    struct machine_config cfg = {.storage_size = 1 << 20, .ncpus = ncpus, .max_insns = max_insns,
                                 .timeout = timeout, .console_in = -1};
    ck_assert_int_eq(machine_init(&m, &cfg), 0);
}

static void psw_at(uint64_t a, uint64_t mask, uint64_t ia)
{
    st_be64(m.mem.bytes + a, mask);
    st_be64(m.mem.bytes + a + 8, ia);
}

static void code_at(uint64_t a, const uint8_t *text, size_t n)
{
    memcpy(m.mem.bytes + a, text, n);
}

static const uint8_t LPSWE_300[] = {0xB2, 0xB2, 0x03, 0x00};
static const uint8_t BRC_SELF[] = {0xA7, 0xF4, 0x00, 0x00};

/* machine_run on a thread of its own, so that the test can act while it runs */
struct runner {
    pthread_t t;
    enum run_end end;
    int rc;
};
static void *runner_main(void *arg)
{
    struct runner *r = arg;
    r->rc = machine_run(&m, PSW_EA | PSW_BA, 0x2000, &r->end);
    return NULL;
}

static enum mcpu_state state_of(unsigned i)
{
    pthread_mutex_lock(&m.lock);
    enum mcpu_state s = m.cpus[i].state;
    pthread_mutex_unlock(&m.lock);
    return s;
}

static void wait_state(unsigned i, enum mcpu_state s)
{
    for (int k = 0; k < 5000 && state_of(i) != s; k++)
        usleep(1000);
    ck_assert_int_eq(state_of(i), s);
}

static uint64_t now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

START_TEST(disabled_wait_ends_the_run)
{
    start(2, 0, 0);
    code_at(0x2000, LPSWE_300, 4);
    psw_at(0x300, DWAIT, 0x1234);
    enum run_end end;
    ck_assert_int_eq(machine_run(&m, PSW_EA | PSW_BA, 0x2000, &end), 0);
    ck_assert_int_eq(end, RUN_IDLE);
    ck_assert_ptr_eq(machine_error_wait(&m), &m.cpus[0].cpu);
    ck_assert_int_eq(m.cpus[1].state, MS_STOPPED); /* never started */
    machine_free(&m);

    start(1, 0, 0);
    code_at(0x2000, LPSWE_300, 4);
    psw_at(0x300, DWAIT, 0);
    ck_assert_int_eq(machine_run(&m, PSW_EA | PSW_BA, 0x2000, &end), 0);
    ck_assert_int_eq(end, RUN_IDLE);
    ck_assert_ptr_null(machine_error_wait(&m));
    machine_free(&m);
}
END_TEST

START_TEST(clock_comparator_ends_enabled_wait)
{
    start(1, 0, 0);
    code_at(0x2000, LPSWE_300, 4);
    psw_at(0x300, EWAIT, 0x2000);
    psw_at(LC_EXT_NEW, DWAIT, 0x4444);
    struct cpu *c = &m.cpus[0].cpu;
    c->cr[0] |= CR0_CKC;
    c->clock_comparator = tod_host() + (30000ULL << 12); /* 30 ms from now */
    uint64_t t0 = now_ns();
    enum run_end end;
    ck_assert_int_eq(machine_run(&m, PSW_EA | PSW_BA, 0x2000, &end), 0);
    ck_assert_int_eq(end, RUN_IDLE);
    ck_assert_uint_ge(now_ns() - t0, 25000000u);
    ck_assert_uint_eq(c->psw.ia, 0x4444);
    ck_assert_uint_eq(ld_be16(m.mem.bytes + LC_EXT_CODE), 0x1004);
    ck_assert_uint_eq(ld_be64(m.mem.bytes + LC_EXT_OLD), EWAIT); /* the wait PSW, as it was */
    machine_free(&m);
}
END_TEST

START_TEST(sigp_restart_and_emergency_between_cpus)
{
    start(2, 0, 0);
    code_at(0x2000, LPSWE_300, 4);
    psw_at(0x300, EWAIT, 0x2000);
    psw_at(LC_EXT_NEW, DWAIT, 0x5555);
    struct cpu *c0 = &m.cpus[0].cpu, *c1 = &m.cpus[1].cpu;
    c0->cr[0] |= CR0_EMERGENCY;
    c1->prefix = 0x20000; /* CPU 1 has a lowcore of its own */
    psw_at(0x20000 + LC_RESTART_NEW, DWAIT, 0x6666);
    struct runner r;
    pthread_create(&r.t, NULL, runner_main, &r);
    wait_state(0, MS_WAIT);
    uint32_t status = 0;
    ck_assert_int_eq(machine_sigp(c0, SIGP_RESTART, 1, 0, &status, &m), 0);
    wait_state(1, MS_DWAIT);
    ck_assert_int_eq(state_of(0), MS_WAIT); /* an enabled wait keeps the run going */
    ck_assert_int_eq(machine_sigp(c1, SIGP_EMERGENCY_SIGNAL, 0, 0, &status, &m), 0);
    pthread_join(r.t, NULL);
    ck_assert_int_eq(r.rc, 0);
    ck_assert_int_eq(r.end, RUN_IDLE);
    ck_assert_uint_eq(c0->psw.ia, 0x5555);
    ck_assert_uint_eq(ld_be16(m.mem.bytes + LC_EXT_CODE), 0x1201);
    ck_assert_uint_eq(ld_be16(m.mem.bytes + LC_CPU_ADDR), 1);
    ck_assert_uint_eq(c1->psw.ia, 0x6666);
    ck_assert_uint_eq(ld_be64(m.mem.bytes + 0x20000 + LC_RESTART_OLD + 8), 0); /* stopped CPU's PSW */
    ck_assert_ptr_eq(machine_error_wait(&m), c0);
    machine_free(&m);
}
END_TEST

START_TEST(stop_and_store_status_of_a_running_cpu)
{
    start(2, 0, 0);
    code_at(0x2000, BRC_SELF, 4);
    struct cpu *c1 = &m.cpus[1].cpu;
    struct runner r;
    pthread_create(&r.t, NULL, runner_main, &r);
    wait_state(0, MS_RUNNING);
    uint32_t status = 0;
    /* busy (CC 2) is allowed while an earlier order is in flight; this is the first */
    ck_assert_int_eq(machine_sigp(c1, SIGP_STOP_AND_STORE_STATUS, 0, 0, &status, &m), 0);
    pthread_join(r.t, NULL);
    ck_assert_int_eq(r.end, RUN_IDLE);
    ck_assert_int_eq(m.cpus[0].state, MS_STOPPED);
    ck_assert_uint_eq(ld_be64(m.mem.bytes + 0x1300), PSW_EA | PSW_BA); /* PSW in the save area */
    ck_assert_uint_eq(ld_be64(m.mem.bytes + 0x1308), 0x2000);
    ck_assert_uint_eq(m.mem.bytes[163], 1);
    ck_assert_ptr_null(machine_error_wait(&m));
    machine_free(&m);
}
END_TEST

START_TEST(console_input_wakes_a_waiting_cpu)
{
    start(1, 0, 0);
    code_at(0x2000, LPSWE_300, 4);
    psw_at(0x300, EWAIT, 0x2000);
    psw_at(LC_EXT_NEW, DWAIT, 0x7777);
    struct cpu *c0 = &m.cpus[0].cpu;
    c0->cr[0] |= CR0_SERVICE;
    /* the guest's write event mask: receive ASCII console input */
    uint8_t *p = m.mem.bytes + 0x30000;
    memset(p, 0, 28);
    st_be16(p, 28);
    st_be16(p + 10, 4);
    st_be32(p + 12, 0x00000040);
    sclp_execute(&m, SCLP_CMD_WRITE_EVENT_MASK, p, 0x30000);
    ck_assert_uint_eq(ld_be16(p + 6), 0x0020);
    struct runner r;
    pthread_create(&r.t, NULL, runner_main, &r);
    wait_state(0, MS_WAIT);
    pthread_mutex_lock(&m.lock);
    console_push(&m.console, "x\n", 2);
    m.console.arrived(m.console.arrived_ctx);
    pthread_mutex_unlock(&m.lock);
    pthread_join(r.t, NULL);
    ck_assert_int_eq(r.end, RUN_IDLE);
    ck_assert_uint_eq(c0->psw.ia, 0x7777);
    ck_assert_uint_eq(ld_be16(m.mem.bytes + LC_EXT_CODE), 0x2401);
    ck_assert_uint_eq(ld_be32(m.mem.bytes + LC_EXT_PARAM), 1); /* event pending, no SCCB */
    machine_free(&m);
}
END_TEST

START_TEST(limit_and_timeout)
{
    start(1, 1000, 0);
    code_at(0x2000, BRC_SELF, 4);
    enum run_end end;
    ck_assert_int_eq(machine_run(&m, PSW_EA | PSW_BA, 0x2000, &end), 0);
    ck_assert_int_eq(end, RUN_LIMIT);
    ck_assert_uint_eq(m.cpus[0].cpu.insn_count, 1000);
    machine_free(&m);

    start(2, 0, 0.1);
    code_at(0x2000, BRC_SELF, 4);
    uint64_t t0 = now_ns();
    ck_assert_int_eq(machine_run(&m, PSW_EA | PSW_BA, 0x2000, &end), 0);
    ck_assert_int_eq(end, RUN_TIMEOUT);
    uint64_t dt = now_ns() - t0;
    ck_assert_uint_ge(dt, 90000000u);
    ck_assert_uint_lt(dt, 2000000000u);
    ck_assert_uint_eq(m.cpus[0].cpu.psw.ia, 0x2000);
    machine_free(&m);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("machine");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, disabled_wait_ends_the_run);
    tcase_add_test(tc, clock_comparator_ends_enabled_wait);
    tcase_add_test(tc, sigp_restart_and_emergency_between_cpus);
    tcase_add_test(tc, stop_and_store_status_of_a_running_cpu);
    tcase_add_test(tc, console_input_wakes_a_waiting_cpu);
    tcase_add_test(tc, limit_and_timeout);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
