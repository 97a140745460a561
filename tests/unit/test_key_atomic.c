/* F6: every update of a storage key is atomic, whoever does it.  SERVC (the SCLP sets R and C
 * of the SCCB's block) runs on one thread while SSKE on another CPU of the same machine keeps
 * changing the block's access-control bits: a plain read-modify-write in the SCLP would now and
 * then write an old ACC back, undoing the SSKE (PoP: SSKE sets the key; R and C are set by
 * references without changing ACC or F).  Expected: after each SSKE, ISKE-style read-back
 * shows the ACC and F just set, whatever the SCLP did meanwhile. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "harness.h"
#include "machine.h"
#include "sclp.h"

#define SCCB 0x10000ULL

static struct machine m;
static _Atomic int stop;

static void *servc_loop(void *arg)
{
    (void)arg;
    struct cpu *c0 = &m.cpus[0].cpu;
    while (!atomic_load(&stop)) {
        memset(m.mem.bytes + SCCB, 0, 8);
        st_be16(m.mem.bytes + SCCB, 4096);
        atomic_store(&c0->pending, 0);
        machine_servc(c0, SCLP_CMD_READ_SCP_INFO, SCCB, &m);
    }
    return NULL;
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + t.tv_nsec / 1e9;
}

START_TEST(sclp_reference_does_not_undo_sske)
{
    FILE *out = fopen("/dev/null", "w");
    struct machine_config cfg = {.storage_size = 16ULL << 20, .ncpus = 2, .console_out = out, .console_in = -1};
    ck_assert_int_eq(machine_init(&m, &cfg), 0);
    struct cpu *c1 = &m.cpus[1].cpu;
    pthread_t t;
    atomic_store(&stop, 0);
    ck_assert_int_eq(pthread_create(&t, NULL, servc_loop, NULL), 0);
    /* SSKE 1,2 (B22B 0012), R2 = the SCCB's block: ACC 1 and 2 in turn, F off */
    const uint8_t sske[] = {0xB2, 0x2B, 0x00, 0x12};
    struct insn scratch;
    unsigned long lost = 0, rounds = 0;
    double end = now() + 1.5;
    c1->gr[2] = SCCB;
    while (lost == 0 && now() < end) {
        for (int i = 0; i < 20000; i++, rounds++) {
            uint8_t acc = (uint8_t)((rounds & 1) ? 0x10 : 0x20);
            c1->gr[1] = acc;
            ck_assert_int_eq(cpu_exec_text(c1, sske, &scratch), 0);
            uint8_t now_key = skey_load(storage_key(&m.mem, SCCB));
            if ((now_key & (SKEY_ACC | SKEY_F)) != acc)
                lost++;
        }
    }
    atomic_store(&stop, 1);
    pthread_join(t, NULL);
    machine_free(&m);
    fclose(out);
    ck_assert_msg(lost == 0, "%lu of %lu key updates undone", lost, rounds);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("key_atomic");
    TCase *tc = tcase_create("race");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, sclp_reference_does_not_undo_sske);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
