/* Reloading the SAF holder's database while other threads decide: every decision comes
 * from one whole database (the old or the new), and a reload that fails keeps the old
 * one.  Also built with -fsanitize=thread by hand (docs/saf.md). */
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>

#include "racf_test.h"

/* Two databases that decide one request differently, each with its own profile name. */
static const char db_a[] = "SETR CLASSACT(FACILITY) GENERIC(FACILITY)\nAU U\nRDEF FACILITY X.* UACC(READ)\n";
static const char db_b[] = "SETR CLASSACT(FACILITY) GENERIC(FACILITY)\nAU U\nRDEF FACILITY X.** UACC(NONE)\n"
                           "PE X.** CL(FACILITY) ID(U) ACC(NONE)\n";
static const char db_bad[] = "SETR CLASSACT(FACILITY) GENERIC(FACILITY)\nAU U\nRDEF FACILITY X.* UACC(ALTER)\nOOPS\n";

struct shared {
    struct saf *s;
    atomic_bool stop;
    atomic_ulong decisions, torn;
};

static void *reader(void *arg)
{
    struct shared *sh = arg;
    struct saf_request rq = {.user = "U", .cls = "FACILITY", .resource = "X.Y", .access = RACF_READ};
    while (!atomic_load(&sh->stop)) {
        struct saf_result r;
        saf_auth(sh->s, &rq, &r);
        bool a = r.saf_rc == 0 && !strcmp(r.profile, "X.*") && r.decided_by == SAF_BY_UACC;
        bool b = r.saf_rc == 8 && !strcmp(r.profile, "X.**") && r.decided_by == SAF_BY_USER;
        if (!a && !b)
            atomic_fetch_add(&sh->torn, 1);
        atomic_fetch_add(&sh->decisions, 1);
    }
    return NULL;
}

START_TEST(reload_under_readers)
{
    struct shared sh = {.s = saf_new()};
    char err[256];
    ck_assert_int_eq(saf_load_text(sh.s, db_a, strlen(db_a), "a", err, sizeof err), 0);
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        ck_assert_int_eq(pthread_create(&t[i], NULL, reader, &sh), 0);
    unsigned long failures = 0, loads = 0, commands = 0, bad = 0;
    /* at least 300 replacements, and on until the readers have made some decisions */
    for (unsigned long i = 0; i < 300 || (atomic_load(&sh.decisions) < 2000 && i < 200000); i++) {
        sched_yield(); /* let the readers in between replacements */
        const char *text = i % 3 == 0 ? db_a : i % 3 == 1 ? db_b : db_bad;
        bad += text == db_bad;
        if (saf_load_text(sh.s, text, strlen(text), "t", err, sizeof err) < 0) {
            failures++;
            ck_assert_str_eq(err, "t:4: E204 unknown command 'OOPS'");
        } else {
            loads++;
        }
        if (i % 50 == 0) {
            ck_assert_int_eq(saf_command(sh.s, "SETROPTS GRPLIST", err, sizeof err), 0);
            commands++;
        }
    }
    /* end on db_b, then a failing load */
    ck_assert_int_eq(saf_load_text(sh.s, db_b, strlen(db_b), "t", err, sizeof err), 0);
    ck_assert_int_eq(saf_load_text(sh.s, db_bad, strlen(db_bad), "t", err, sizeof err), -1);
    atomic_store(&sh.stop, true);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    ck_assert_uint_eq(failures, bad);
    ck_assert_uint_eq(atomic_load(&sh.torn), 0);
    ck_assert_uint_gt(atomic_load(&sh.decisions), 0);
    ck_assert_uint_eq(saf_generation(sh.s), 1 + loads + commands + 1);
    /* the failed last load left db_b in use */
    struct saf_request rq = {.user = "U", .cls = "FACILITY", .resource = "X.Y", .access = RACF_READ};
    struct saf_result r;
    ck_assert_int_eq(saf_auth(sh.s, &rq, &r), 8);
    saf_free(sh.s);
}
END_TEST

START_TEST(failed_file_load_keeps_the_old)
{
    struct saf *s = saf_new();
    char err[256];
    struct saf_request rq = {.user = "IBMUSER", .cls = "FACILITY", .resource = "X.Y", .access = RACF_READ};
    struct saf_result r;
    /* the initial database: FACILITY not active */
    ck_assert_int_eq(saf_auth(s, &rq, &r), 4);
    ck_assert_int_eq(r.racf_rc, 0);
    ck_assert_int_eq(saf_load(s, "/nonexistent/x.racf", err, sizeof err), -1);
    ck_assert_int_eq(saf_auth(s, &rq, &r), 4);
    ck_assert_uint_eq(saf_generation(s), 0);
    saf_free(s);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("racf_reload");
    TCase *tc = tcase_create("racf_reload");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, reload_under_readers);
    tcase_add_test(tc, failed_file_load_keeps_the_old);
    suite_add_tcase(s, tc);
    return s;
}

/* Its own main rather than harness.h's, so that a ThreadSanitizer build needs only
 * host_services/ (see docs/saf.md). */
int main(void)
{
    SRunner *sr = srunner_create(make_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
