/* The timing facility: STCK, SCK and the epoch, the clock comparator and CPU timer with their
 * external interruptions (codes 0x1004 and 0x1005, PoP chapter 6) and the enabled wait.
 * TOD units: bit 51 = 1 microsecond, so 4096 units per microsecond. */
#include <time.h>

#include "harness.h"

#include "timer.h"

#define DATA 0x3000
#define EXT_WAIT_IA 0xE0E0ULL
#define WAIT_EA_BA 0x0002000180000000ULL
#define CR0_CKC (1ULL << (63 - 52))
#define CR0_CPUTIMER (1ULL << (63 - 53))
#define TOD_US 4096ULL

/* Seconds from 1900-01-01 to 2020-01-01: 120 years with 29 leap days. */
#define SECS_1900_TO_2020 ((120ULL * 365 + 29) * 86400)

static void ext_setup(struct harness *h)
{
    h_init(h);
    h_st64(h, LC_EXT_NEW, WAIT_EA_BA);
    h_st64(h, LC_EXT_NEW + 8, EXT_WAIT_IA);
}

/* Sleep as an idle machine would: until the next timer event the CPU reports. */
static void idle(struct harness *h)
{
    int64_t ns = timer_next_ns(&h->cpu);
    ck_assert_int_ge(ns, 0);
    if (ns > 100000000)
        ns = 100000000;
    struct timespec ts = {0, (long)ns + 100000};
    nanosleep(&ts, NULL);
}

START_TEST(stck_is_monotonic_and_current)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[1] = DATA;
    h.cpu.cc = 3;
    /* STCK 0(1); STCK 8(1); STCKF 16(1) */
    h_code(&h, H_CODE, "B2051000 B2051008 B27C1010");
    h_run_n(&h, 3);
    ck_assert_uint_eq(h.cpu.cc, 0); /* the clock is in the set state */
    uint64_t a = h_ld64(&h, DATA), b = h_ld64(&h, DATA + 8), c = h_ld64(&h, DATA + 16);
    ck_assert_uint_gt(b, a);
    ck_assert_uint_ge(c, b);
    ck_assert_uint_gt(a / TOD_US / 1000000, SECS_1900_TO_2020);
    h_free(&h);
}
END_TEST

START_TEST(sck_sets_the_epoch)
{
    struct harness h;
    h_init(&h);
    const uint64_t set = 0x0123456789ABC000ULL;
    h_st64(&h, DATA, set);
    h.cpu.gr[1] = DATA;
    /* SCK 0(1); STCK 8(1); STCKE 16(1) */
    h_code(&h, H_CODE, "B2041000 B2051008 B2781010");
    h_run(&h);
    ck_assert(h_ended_normally(&h));
    uint64_t got = h_ld64(&h, DATA + 8);
    ck_assert_uint_ge(got, set);
    ck_assert_uint_lt(got, set + 1000000 * TOD_US); /* within a second */
    /* STCKE: byte 0 epoch index, bytes 1-8 the clock */
    ck_assert_uint_eq(h.mem.bytes[DATA + 16], 0);
    ck_assert_uint_ge(ld_be64(h.mem.bytes + DATA + 17), got);
    h_free(&h);

    h_init(&h);
    h.cpu.gr[1] = DATA + 4; /* SCKC needs a doubleword boundary */
    h_code(&h, H_CODE, "B2061000");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    h_free(&h);
}
END_TEST

START_TEST(clock_comparator_ends_enabled_wait)
{
    struct harness h;
    ext_setup(&h);
    h.cpu.cr[0] |= CR0_CKC;
    h_st64(&h, DATA, tod_cpu(&h.cpu) + 200000 * TOD_US); /* 200 ms from now */
    h.cpu.gr[1] = DATA;
    h.cpu.gr[2] = DATA + 8;
    /* SCKC 0(1); STCKC 8(1); then an enabled wait (external on) */
    h_st64(&h, DATA + 16, WAIT_EA_BA | PSW_EXT);
    h_st64(&h, DATA + 24, 0x4000);
    h_bytes(&h, H_CODE, "B2061000 B2072000 B2B21010");
    ck_assert_int_eq(h_run(&h), EXEC_WAIT);
    ck_assert_uint_eq(h.cpu.psw.ia, 0x4000); /* still waiting: the comparator is in the future */
    ck_assert_uint_eq(h_ld64(&h, DATA + 8), h_ld64(&h, DATA));
    for (int i = 0; i < 50 && h.cpu.psw.ia == 0x4000; i++) {
        idle(&h);
        ck_assert_int_eq(h_run(&h), EXEC_WAIT);
    }
    ck_assert_uint_eq(h.cpu.psw.ia, EXT_WAIT_IA);
    ck_assert_uint_eq(ld_be16(h.mem.bytes + LC_EXT_CODE), 0x1004);
    ck_assert_uint_eq(h_ld64(&h, LC_EXT_OLD), WAIT_EA_BA | PSW_EXT);
    ck_assert_uint_eq(h_ld64(&h, LC_EXT_OLD + 8), 0x4000);
    h_free(&h);
}
END_TEST

START_TEST(cpu_timer_interruption)
{
    struct harness h;
    ext_setup(&h);
    h.cpu.cr[0] |= CR0_CPUTIMER;
    h_st64(&h, DATA, 1000 * TOD_US); /* 1 ms */
    h.cpu.gr[1] = DATA;
    h_st64(&h, DATA + 16, WAIT_EA_BA | PSW_EXT);
    h_st64(&h, DATA + 24, 0x4000);
    /* SPT 0(1); STPT 8(1); enabled wait */
    h_bytes(&h, H_CODE, "B2081000 B2091008 B2B21010");
    ck_assert_int_eq(h_run(&h), EXEC_WAIT);
    uint64_t stored = h_ld64(&h, DATA + 8);
    ck_assert_uint_le(stored, 1000 * TOD_US); /* the timer counts down */
    for (int i = 0; i < 50 && h.cpu.psw.ia == 0x4000; i++) {
        idle(&h);
        ck_assert_int_eq(h_run(&h), EXEC_WAIT);
    }
    ck_assert_uint_eq(h.cpu.psw.ia, EXT_WAIT_IA);
    ck_assert_uint_eq(ld_be16(h.mem.bytes + LC_EXT_CODE), 0x1005);
    h_free(&h);
}
END_TEST

START_TEST(subclass_mask_holds_interruption)
{
    struct harness h;
    ext_setup(&h);
    /* the comparator (0 after reset) is already passed, but CR0 bit 52 is off */
    h.cpu.clock_comparator = 0;
    cpu_load_psw(&h.cpu, WAIT_EA_BA | PSW_EXT, 0x4000);
    ck_assert_int_eq(h_run(&h), EXEC_WAIT);
    ck_assert_uint_eq(h.cpu.psw.ia, 0x4000);
    ck_assert(!cpu_interrupt_enabled(&h.cpu));
    h.cpu.cr[0] |= CR0_CKC;
    ck_assert_int_eq(h_run(&h), EXEC_WAIT);
    ck_assert_uint_eq(h.cpu.psw.ia, EXT_WAIT_IA);
    ck_assert_uint_eq(ld_be16(h.mem.bytes + LC_EXT_CODE), 0x1004);
    h_free(&h);
}
END_TEST

START_TEST(service_signal_parameter)
{
    struct harness h;
    ext_setup(&h);
    h.cpu.cr[0] |= 1ULL << (63 - 54);
    h.cpu.service_param = 0x00ABCDE8;
    atomic_fetch_or(&h.cpu.pending, PEND_EXT_SERVICE);
    cpu_load_psw(&h.cpu, WAIT_EA_BA | PSW_EXT, 0x4000);
    ck_assert_int_eq(h_run(&h), EXEC_WAIT);
    ck_assert_uint_eq(h.cpu.psw.ia, EXT_WAIT_IA);
    ck_assert_uint_eq(ld_be16(h.mem.bytes + LC_EXT_CODE), 0x2401);
    ck_assert_uint_eq(h_ld32(&h, LC_EXT_PARAM), 0x00ABCDE8);
    /* taken once: no longer pending */
    ck_assert_uint_eq(atomic_load(&h.cpu.pending) & PEND_EXT_SERVICE, 0);
    h_free(&h);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("timer");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, stck_is_monotonic_and_current);
    tcase_add_test(tc, sck_sets_the_epoch);
    tcase_add_test(tc, clock_comparator_ends_enabled_wait);
    tcase_add_test(tc, cpu_timer_interruption);
    tcase_add_test(tc, subclass_mask_holds_interruption);
    tcase_add_test(tc, service_signal_parameter);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return h_main(make_suite()); }
