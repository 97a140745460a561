/* The user directory: statements, defaults, and a line-numbered error for each bad input. */
#include <string.h>

#include "directory.h"
#include "harness.h"

static const char good[] =
    "* two virtual machines\n"
    "USER linux1 NOLOG 64M 128M G\n"
    "  MACHINE Z 4\n"
    "  CPU 00\n"
    "  CPU 01\n"
    "  IPL guests/hello.elf PARM root=/dev/ram0  console=ttyS0\n"
    "  OPTION MAXINSNS 5000\n"
    "\n"
    "USER CMS2 pw 1500K\n";

START_TEST(parses_users_and_defaults)
{
    struct directory d;
    char err[200];
    ck_assert_int_eq(directory_parse(good, "t.direct", &d, err, sizeof err), 0);
    ck_assert_uint_eq(d.n, 2);
    const struct dir_user *u = directory_find(&d, "Linux1");
    ck_assert_ptr_nonnull(u);
    ck_assert_str_eq(u->id, "LINUX1");
    ck_assert_uint_eq(u->storage, 64ULL << 20);
    ck_assert_uint_eq(u->max_storage, 128ULL << 20);
    ck_assert_uint_eq(u->ncpus, 2);
    ck_assert_uint_eq(u->cpu_addr[1], 1);
    ck_assert_str_eq(u->ipl, "guests/hello.elf");
    ck_assert_str_eq(u->parm, "root=/dev/ram0  console=ttyS0");
    ck_assert_uint_eq(u->max_insns, 5000);
    u = directory_find(&d, "CMS2");
    ck_assert_uint_eq(u->storage, 2ULL << 20); /* 1500K rounded up to whole MiB */
    ck_assert_uint_eq(u->ncpus, 0);
    ck_assert_ptr_null(u->ipl);
    ck_assert_ptr_null(directory_find(&d, "NOBODY"));
    directory_free(&d);
}
END_TEST

static void expect_error(const char *text, const char *msg)
{
    struct directory d;
    char err[200];
    ck_assert_int_eq(directory_parse(text, "x", &d, err, sizeof err), -1);
    ck_assert_msg(strstr(err, msg), "error '%s' lacks '%s'", err, msg);
}

START_TEST(bad_input_names_the_line)
{
    expect_error("USER A B 1M\n  FOO 1\n", "x:2: unknown statement 'FOO'");
    expect_error("  CPU 00\n", "x:1: 'CPU' before any USER");
    expect_error("USER TOOLONGID pw 1M\n", "x:1: user id");
    expect_error("USER A pw 12Q\n", "x:1: storage '12Q'");
    expect_error("USER A pw 0\n", "x:1: storage '0'");
    expect_error("USER A pw 2M 1M\n", "x:1: maximum storage");
    expect_error("USER A pw 1M\nUSER a pw 1M\n", "x:2: user A is defined again (first at line 1)");
    expect_error("USER A pw 1M\n MACHINE Z 1\n CPU 0\n CPU 1\n", "x:4: more CPU statements");
    /* words past the 16th are not dropped silently (here MAXINSNS would be) */
    expect_error("USER A pw 1M\n OPTION TRACE TRACE TRACE TRACE TRACE TRACE TRACE TRACE TRACE TRACE TRACE TRACE "
                 "TRACE TRACE TRACE MAXINSNS 5\n",
                 "x:2: too many words");
    /* ... except in a PARM, which is the rest of the line verbatim */
    {
        struct directory d;
        char err[200];
        ck_assert_int_eq(directory_parse("USER A pw 1M\n IPL x PARM 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17\n", "x",
                                         &d, err, sizeof err),
                         0);
        ck_assert_str_eq(d.users[0].parm, "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17");
        directory_free(&d);
    }
    /* the same limit when MACHINE comes after the CPU statements */
    expect_error("USER A pw 1M\n CPU 0\n CPU 1\n MACHINE Z 1\n", "x:4: more CPU statements");
    expect_error("USER A pw 1M\n CPU 0\n CPU 00\n", "x:3: CPU 00 is defined twice");
    expect_error("USER A pw 1M\n CPU ZZ\n", "x:2: CPU needs");
    expect_error("USER A pw 1M\n IPL\n", "x:2: IPL needs");
    expect_error("USER A pw 1M\n IPL x PARM\n", "x:2: IPL needs");
    expect_error("USER A pw 1M\n OPTION MAXINSNS lots\n", "x:2: MAXINSNS needs a number");
    expect_error("USER A pw 1M\n OPTION WHATEVER\n", "x:2: unknown OPTION");
    expect_error("* only a comment\n", "no USER statement");
    expect_error("USER A pw 99999999999999999999G\n", "x:1: storage");
}
END_TEST

START_TEST(diagnose_statement)
{
    struct directory d;
    char err[200];
    ck_assert_int_eq(directory_parse("USER A pw 1M\n DIAGNOSE 288 OFF\n diagnose 0100 on\n DIAGNOSE 8 off\n"
                                     " DIAGNOSE 008 ON\n DIAGNOSE FFC OFF\nUSER B pw 1M\n",
                                     "x", &d, err, sizeof err),
                     0);
    const struct dir_user *a = directory_find(&d, "A"), *b = directory_find(&d, "B");
    ck_assert_int_eq(a->diag[0x288 / 4], -1);
    ck_assert_int_eq(a->diag[0x100 / 4], 1);
    ck_assert_int_eq(a->diag[0x008 / 4], 1); /* the last statement for a code wins */
    ck_assert_int_eq(a->diag[0xFFC / 4], -1);
    ck_assert_int_eq(a->diag[0x044 / 4], 0);
    for (unsigned i = 0; i < DIR_DIAG_CODES; i++) /* statements belong to their USER */
        ck_assert_int_eq(b->diag[i], 0);
    directory_free(&d);
    expect_error("USER A pw 1M\n DIAGNOSE 28A OFF\n", "x:2: DIAGNOSE code '28A' must be hexadecimal, a multiple of 4");
    expect_error("USER A pw 1M\n\n DIAGNOSE 1000 ON\n", "x:3: DIAGNOSE code '1000'");
    expect_error("USER A pw 1M\n DIAGNOSE XYZ ON\n", "x:2: DIAGNOSE code 'XYZ'");
    expect_error("USER A pw 1M\n DIAGNOSE -4 ON\n", "x:2: DIAGNOSE code '-4'");
    expect_error("USER A pw 1M\n DIAGNOSE 00000008 ON\n", "x:2: DIAGNOSE code '00000008'");
    expect_error("USER A pw 1M\n DIAGNOSE 288\n", "x:2: DIAGNOSE needs: DIAGNOSE code ON|OFF");
    expect_error("USER A pw 1M\n DIAGNOSE 288 MAYBE\n", "x:2: DIAGNOSE needs");
    expect_error("USER A pw 1M\n DIAGNOSE 288 ON OFF\n", "x:2: DIAGNOSE needs");
    expect_error(" DIAGNOSE 288 ON\n", "x:1: 'DIAGNOSE' before any USER");
}
END_TEST

START_TEST(missing_file_is_an_error)
{
    struct directory d;
    char err[200];
    ck_assert_int_eq(directory_load("/nonexistent/zsie.direct", &d, err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "cannot open"));
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("directory");
    TCase *tc = tcase_create("directory");
    tcase_add_test(tc, parses_users_and_defaults);
    tcase_add_test(tc, bad_input_names_the_line);
    tcase_add_test(tc, diagnose_statement);
    tcase_add_test(tc, missing_file_is_an_error);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
