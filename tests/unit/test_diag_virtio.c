/* DIAGNOSE X'500', the KVM virtio hypercall, on the bare machine (loop index 0) and a CP
 * virtual machine (1): with no virtio devices a notification (function 3 in R1) returns
 * -EINVAL (-22) in R2, as QEMU does for a subchannel that does not exist; R3 and R4 are only
 * read; another function is a specification exception. */
#include "diag_env.h"

START_TEST(x500_notify_finds_no_device)
{
    env_start(_i ? DENV_CP : DENV_BARE);
    struct cpu *c = env_cpu();
    c->gr[1] = 3;
    c->gr[2] = 0x00010000; /* subchannel 0.0.0000 */
    c->gr[3] = 1;
    c->gr[4] = 0xC00C1E;
    c->cc = 2;
    env_diag(0, 0, 0x500);
    ck_assert_uint_eq(env_pgm(), 0);
    ck_assert_uint_eq(c->gr[2], 0xFFFFFFFFFFFFFFEAULL); /* -22 */
    ck_assert_uint_eq(c->gr[1], 3);
    ck_assert_uint_eq(c->gr[3], 1);
    ck_assert_uint_eq(c->gr[4], 0xC00C1E);
    ck_assert_uint_eq(c->cc, 2);
    ck_assert_uint_eq(env_dvm()->count[0x500 / 4], 1);
    env_end();
}
END_TEST

START_TEST(x500_other_functions_are_specification)
{
    env_start(_i ? DENV_CP : DENV_BARE);
    struct cpu *c = env_cpu();
    static const uint64_t fns[] = {0, 1, 2, 4, 0x100000003ULL, ~0ULL};
    for (size_t k = 0; k < sizeof fns / sizeof fns[0]; k++) {
        c->gr[1] = fns[k];
        c->gr[2] = 0x1234;
        env_diag(0, 0, 0x500);
        ck_assert_uint_eq(env_pgm(), PGM_SPECIFICATION);
        ck_assert_uint_eq(c->gr[2], 0x1234);
    }
    c->gr[1] = 3;
    env_diag_mask(0, 0, 0x500, DENV_PSW_64 | PSW_PROBLEM);
    ck_assert_uint_eq(env_pgm(), PGM_PRIVILEGED);
    ck_assert_uint_eq(c->gr[2], 0x1234);
    env_end();
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("diag_virtio");
    TCase *t = tcase_create("virtio");
    tcase_add_loop_test(t, x500_notify_finds_no_device, 0, 2);
    tcase_add_loop_test(t, x500_other_functions_are_specification, 0, 2);
    suite_add_tcase(s, t);
    return s;
}

int main(void) { return h_main(make_suite()); }
