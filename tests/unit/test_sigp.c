/* SIGNAL PROCESSOR orders through the hook, on a 3-CPU configuration whose threads are not
 * started: states are set by hand as the CPU threads would set them.  Condition codes and
 * status bits from the PoP's signal-processor chapter. */
#include <string.h>

#include "harness.h"
#include "sigp.h"

static struct machine m;
static struct cpu *c0, *c1, *c2;

static void setup(void)
{
    struct machine_config cfg = {.storage_size = 1 << 20, .ncpus = 3, .console_in = -1};
    ck_assert_int_eq(machine_init(&m, &cfg), 0);
    c0 = &m.cpus[0].cpu;
    c1 = &m.cpus[1].cpu;
    c2 = &m.cpus[2].cpu;
    m.cpus[0].state = MS_RUNNING; /* the issuer */
    c0->stopped = false;
}

static void teardown(void)
{
    machine_free(&m);
}

static uint32_t status;

static int sigp(uint8_t order, uint16_t target, uint64_t param)
{
    status = 0xDEADBEEF;
    return machine_sigp(c0, order, target, param, &status, &m);
}

START_TEST(sense_and_addresses)
{
    ck_assert_int_eq(sigp(SIGP_SENSE, 1, 0), 1);
    ck_assert_uint_eq(status, SIGP_STATUS_STOPPED);
    ck_assert_int_eq(sigp(SIGP_SENSE, 0, 0), 0); /* the issuer itself: operating */
    ck_assert_uint_eq(status, 0xDEADBEEF);       /* nothing stored on CC 0 */
    ck_assert_int_eq(sigp(SIGP_SENSE, 3, 0), 3); /* no such CPU */
    ck_assert_int_eq(sigp(SIGP_SENSE, 0xFFFF, 0), 3);
    ck_assert_int_eq(sigp(0x00, 1, 0), 1);       /* unassigned order codes */
    ck_assert_uint_eq(status, SIGP_STATUS_INVALID_ORDER);
    ck_assert_int_eq(sigp(0x20, 1, 0), 1);
    ck_assert_uint_eq(status, SIGP_STATUS_INVALID_ORDER);
    ck_assert_int_eq(sigp(0x20, 9, 0), 3);       /* not operational comes first */
    ck_assert_int_eq(sigp(SIGP_SENSE_RUNNING_STATUS, 0, 0), 0);
    ck_assert_int_eq(sigp(SIGP_SENSE_RUNNING_STATUS, 2, 0), 1);
    ck_assert_uint_eq(status, SIGP_STATUS_NOT_RUNNING);
}
END_TEST

START_TEST(external_call_and_emergency)
{
    ck_assert_int_eq(sigp(SIGP_EXTERNAL_CALL, 1, 0), 0);
    ck_assert(atomic_load(&c1->pending) & PEND_EXT_CALL);
    ck_assert_uint_eq(atomic_load(&c1->ext_call_source), 0);
    ck_assert_int_eq(sigp(SIGP_EXTERNAL_CALL, 1, 0), 1); /* one is already pending */
    ck_assert_uint_eq(status, SIGP_STATUS_EXT_CALL_PENDING);
    ck_assert_int_eq(sigp(SIGP_SENSE, 1, 0), 1);
    ck_assert_uint_eq(status, SIGP_STATUS_STOPPED | SIGP_STATUS_EXT_CALL_PENDING);
    ck_assert_int_eq(sigp(SIGP_EMERGENCY_SIGNAL, 2, 0), 0);
    ck_assert(atomic_load(&c2->pending) & PEND_EXT_EMERGENCY);
    /* from CPU 2 to CPU 0: the source address travels with it */
    ck_assert_int_eq(machine_sigp(c2, SIGP_EMERGENCY_SIGNAL, 0, 0, &status, &m), 0);
    ck_assert_uint_eq(atomic_load(&c0->emergency_source), 2);
    /* an external call from CPU 1 keeps its own source: the emergency signal still says 2 */
    ck_assert_int_eq(machine_sigp(c1, SIGP_EXTERNAL_CALL, 0, 0, &status, &m), 0);
    ck_assert_uint_eq(atomic_load(&c0->ext_call_source), 1);
    ck_assert_uint_eq(atomic_load(&c0->emergency_source), 2);
    ck_assert(atomic_load(&c0->pending) & PEND_EXT_EMERGENCY);
    ck_assert(!c0->check_stop);
    ck_assert_int_eq(sigp(SIGP_EMERGENCY_SIGNAL, 0, 0), 0); /* to itself: its slice ends to take it */
    ck_assert(c0->check_stop);
}
END_TEST

START_TEST(start_stop_restart)
{
    ck_assert_int_eq(sigp(SIGP_START, 1, 0), 0);
    ck_assert_int_eq(m.cpus[1].state, MS_RUNNING);
    ck_assert(!c1->stopped);
    ck_assert_int_eq(sigp(SIGP_SENSE, 1, 0), 0);
    /* stopping a running CPU is posted to it: busy until its thread has stopped */
    ck_assert_int_eq(sigp(SIGP_STOP, 1, 0), 0);
    ck_assert(atomic_load(&c1->pending) & PEND_STOP);
    ck_assert_int_eq(m.cpus[1].order, ORD_STOP);
    ck_assert_int_eq(sigp(SIGP_SENSE, 1, 0), 2);
    ck_assert_int_eq(sigp(SIGP_RESTART, 1, 0), 2);
    sigp_perform_order(&m, &m.cpus[1], m.cpus[1].order); /* what CPU 1's thread does */
    ck_assert(!(atomic_load(&c1->pending) & PEND_STOP));  /* or a later restart would stop */
    ck_assert_int_eq(sigp(SIGP_SENSE, 1, 0), 1);
    ck_assert_uint_eq(status, SIGP_STATUS_STOPPED);
    /* restart of a stopped CPU: pending restart, operating again */
    ck_assert_int_eq(sigp(SIGP_RESTART, 1, 0), 0);
    ck_assert(atomic_load(&c1->pending) & PEND_RESTART);
    ck_assert_int_eq(m.cpus[1].state, MS_RUNNING);
    /* stop of a CPU in a disabled wait happens at once */
    m.cpus[2].state = MS_DWAIT;
    ck_assert_int_eq(sigp(SIGP_STOP, 2, 0), 0);
    ck_assert_int_eq(m.cpus[2].state, MS_STOPPED);
    ck_assert_int_eq(m.cpus[2].order, ORD_NONE);
    /* stop of the issuer itself ends its slice */
    ck_assert_int_eq(sigp(SIGP_STOP, 0, 0), 0);
    ck_assert(c0->check_stop);
    ck_assert(atomic_load(&c0->pending) & PEND_STOP);
}
END_TEST

START_TEST(set_prefix)
{
    ck_assert_int_eq(sigp(SIGP_SET_PREFIX, 2, 0x20000), 0);
    ck_assert_uint_eq(c2->prefix, 0x20000);
    ck_assert_int_eq(sigp(SIGP_SET_PREFIX, 2, 0xFFFFFFFF00031FFFULL), 0); /* bits 33-50 only */
    ck_assert_uint_eq(c2->prefix, 0x30000);
    ck_assert_int_eq(sigp(SIGP_SET_PREFIX, 2, 0x100000), 1); /* past 1 MiB of storage */
    ck_assert_uint_eq(status, SIGP_STATUS_INVALID_PARAMETER);
    ck_assert_uint_eq(c2->prefix, 0x30000);
    ck_assert_int_eq(sigp(SIGP_SET_PREFIX, 0, 0x20000), 1); /* the issuer is not stopped */
    ck_assert_uint_eq(status, SIGP_STATUS_INCORRECT_STATE);
}
END_TEST

START_TEST(store_status)
{
    c2->gr[5] = 0x0123456789ABCDEFULL;
    c2->fpr[15] = 0xFEDCBA9876543210ULL;
    c2->ar[3] = 0xA5A5A5A5;
    c2->cr[0] = 0xE0;
    c2->fpc = 0x00080000;
    c2->clock_comparator = 0x1122334455667788ULL;
    c2->prefix = 0x40000;
    psw_set_mask(c2, 0x0706200180000000ULL); /* CC 2 */
    c2->psw.ia = 0x4242;
    ck_assert_int_eq(sigp(SIGP_STORE_STATUS_AT_ADDRESS, 2, 0x50000 | 0x1FF), 0); /* low 9 bits ignored */
    const uint8_t *a = m.mem.bytes + 0x50000;
    ck_assert_uint_eq(ld_be64(a + 0x78), 0xFEDCBA9876543210ULL); /* FPR15 */
    ck_assert_uint_eq(ld_be64(a + 0x80 + 5 * 8), 0x0123456789ABCDEFULL);
    ck_assert_uint_eq(ld_be64(a + 0x100), 0x0706200180000000ULL);
    ck_assert_uint_eq(ld_be64(a + 0x108), 0x4242);
    ck_assert_uint_eq(ld_be32(a + 0x118), 0x40000);
    ck_assert_uint_eq(ld_be32(a + 0x11C), 0x00080000);
    ck_assert_mem_eq(a + 0x130, "\x00\x11\x22\x33\x44\x55\x66\x77", 8); /* CKC bits 0-55 */
    ck_assert_uint_eq(ld_be32(a + 0x140 + 3 * 4), 0xA5A5A5A5);
    ck_assert_uint_eq(ld_be64(a + 0x180), 0xE0);
    ck_assert_int_eq(sigp(SIGP_STORE_STATUS_AT_ADDRESS, 2, 0x100000), 1); /* past the end */
    ck_assert_uint_eq(status, SIGP_STATUS_INVALID_PARAMETER);
    ck_assert_int_eq(sigp(SIGP_STORE_STATUS_AT_ADDRESS, 0, 0x50000), 1);
    ck_assert_uint_eq(status, SIGP_STATUS_INCORRECT_STATE);

    /* stop and store status: at absolute 0x1200 although the prefix is 0x40000, and the
     * architectural-mode identification at absolute 163 */
    ck_assert_int_eq(sigp(SIGP_STOP_AND_STORE_STATUS, 2, 0), 0);
    const uint8_t *abs0 = m.mem.bytes;
    ck_assert_uint_eq(ld_be64(abs0 + 0x1280 + 5 * 8), 0x0123456789ABCDEFULL);
    ck_assert_uint_eq(ld_be32(abs0 + 0x1318), 0x40000);
    ck_assert_uint_eq(abs0[163], 1);
    ck_assert_uint_eq(ld_be64(m.mem.bytes + 0x40000 + 0x1280 + 5 * 8), 0); /* not the prefix area */
}
END_TEST

START_TEST(resets)
{
    c2->gr[1] = 77;
    c2->cr[0] = 0x12345;
    c2->prefix = 0x6000;
    ck_assert_int_eq(sigp(SIGP_CPU_RESET, 2, 0), 0);
    ck_assert_uint_eq(c2->gr[1], 77); /* CPU reset keeps the registers */
    ck_assert_uint_eq(c2->prefix, 0x6000);
    ck_assert_int_eq(m.cpus[2].state, MS_STOPPED);
    ck_assert_int_eq(sigp(SIGP_INITIAL_CPU_RESET, 2, 0), 0);
    ck_assert_uint_eq(c2->cr[0], 0xE0); /* initial values */
    ck_assert_uint_eq(c2->cr[14], 0xC2000000);
    ck_assert_uint_eq(c2->prefix, 0);
    /* a running target gets it posted */
    m.cpus[1].state = MS_RUNNING;
    ck_assert_int_eq(sigp(SIGP_INITIAL_CPU_RESET, 1, 0), 0);
    ck_assert_int_eq(m.cpus[1].order, ORD_INITIAL_RESET);
    ck_assert(atomic_load(&c1->pending) & PEND_STOP);
}
END_TEST

START_TEST(set_architecture)
{
    ck_assert_int_eq(sigp(SIGP_SET_ARCHITECTURE, 0, SIGP_ARCH_ZARCH), 0);
    ck_assert_int_eq(sigp(SIGP_SET_ARCHITECTURE, 7, SIGP_ARCH_ZARCH_KEEP), 0); /* no target */
    ck_assert_int_eq(sigp(SIGP_SET_ARCHITECTURE, 0, SIGP_ARCH_ESA390), 1);
    ck_assert_uint_eq(status, SIGP_STATUS_INVALID_PARAMETER);
    ck_assert_int_eq(sigp(SIGP_SET_ARCHITECTURE, 0, 3), 1);
    ck_assert_uint_eq(status, SIGP_STATUS_INVALID_PARAMETER);
    m.cpus[1].state = MS_RUNNING; /* every other CPU must be stopped */
    ck_assert_int_eq(sigp(SIGP_SET_ARCHITECTURE, 0, SIGP_ARCH_ZARCH), 1);
    ck_assert_uint_eq(status, SIGP_STATUS_INCORRECT_STATE);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("sigp");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, sense_and_addresses);
    tcase_add_test(tc, external_call_and_emergency);
    tcase_add_test(tc, start_stop_restart);
    tcase_add_test(tc, set_prefix);
    tcase_add_test(tc, store_status);
    tcase_add_test(tc, resets);
    tcase_add_test(tc, set_architecture);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
