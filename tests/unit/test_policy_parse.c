/* The kernel policy file, the directory's POLICY statement, declarations and the control
 * socket's request parser: good input, and a line-numbered error for each kind of bad input. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <string.h>

#include "directory.h"
#include "harness.h"
#include "policy/control.h"
#include "policy/decl.h"
#include "policy/policy.h"

static int parse(const char *text, struct policy *p, char *err)
{
    return policy_parse(text, strlen(text), "t.policy", p, err, 300);
}

START_TEST(policy_lookup)
{
    struct policy p;
    char err[300];
    ck_assert_int_eq(parse("# node policy\n"
                           "security racf:/etc/r.racf   # the model\n"
                           "\n"
                           "  LOGGING\tjson:/tmp/x.jsonl\n"
                           "sched shares:0.5@node7\n"
                           "security audit\n",
                           &p, err),
                     0);
    ck_assert_uint_eq(p.n, 3);
    const struct policy_entry *e = policy_find(&p, "security");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->spec, "audit"); /* the later line wins */
    e = policy_find(&p, "Logging");
    ck_assert_str_eq(e->type, "logging");
    ck_assert_str_eq(e->spec, "json:/tmp/x.jsonl");
    char id[32];
    policy_spec_id(e->spec, id, sizeof id);
    ck_assert_str_eq(id, "json");
    ck_assert_str_eq(policy_spec_arg(e->spec), "/tmp/x.jsonl");
    e = policy_find(&p, "sched");
    ck_assert_str_eq(e->spec, "shares:0.5");
    ck_assert_str_eq(e->node, "node7");
    ck_assert_ptr_null(policy_find(&p, "memory"));
    ck_assert_str_eq(policy_spec_arg("keep"), "");
    char line[100];
    policy_entry_format(e, line, sizeof line);
    ck_assert_str_eq(line, "sched shares:0.5@node7");
}
END_TEST

START_TEST(set_unset)
{
    struct policy p = {0};
    struct policy_entry e;
    char err[300];
    ck_assert_int_eq(policy_entry_parse(&e, "memory", "batch:128", err, sizeof err), 0);
    ck_assert_int_eq(policy_set(&p, &e), 0);
    ck_assert_int_eq(policy_entry_parse(&e, "memory", "release", err, sizeof err), 0);
    ck_assert_int_eq(policy_set(&p, &e), 0);
    ck_assert_uint_eq(p.n, 1);
    ck_assert_str_eq(policy_find(&p, "memory")->spec, "release");
    ck_assert_int_eq(policy_unset(&p, "memory"), 0);
    ck_assert_int_eq(policy_unset(&p, "memory"), -1);
    ck_assert_uint_eq(p.n, 0);
}
END_TEST

START_TEST(malformed_lines)
{
    static const struct { const char *text, *want; } bad[] = {
        {"security\n", "t.policy:1: 'security' has no service id"},
        {"# ok\nsecurity racf extra\n", "t.policy:2: too many words"},
        {"\n\nsec!rity racf\n", "t.policy:3: service type 'sec!rity' must be"},
        {"security racf@\n", "t.policy:1: service node '' must be"},
        {"security racf@no/de\n", "t.policy:1: service node 'no/de' must be"},
        {"security @node\n", "t.policy:1: service id '@node' must be"},
        {"security :x\n", "t.policy:1: service id ':x' has no name"},
        {"a123456789012345678901234567890123 x\n", "t.policy:1: service type"},
    };
    for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        struct policy p;
        char err[300];
        ck_assert_int_eq(parse(bad[i].text, &p, err), -1);
        ck_assert_msg(!strncmp(err, bad[i].want, strlen(bad[i].want)), "case %u: %s", i, err);
    }
    /* a NUL byte, an over-long line, too many types */
    struct policy p;
    char err[300];
    ck_assert_int_eq(policy_parse("security ra\0cf\n", 15, "t.policy", &p, err, sizeof err), -1);
    ck_assert_str_eq(err, "t.policy:1: not a text line (a NUL byte)");
    char big[1200];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = 0;
    big[0] = 's', big[1] = ' ';
    ck_assert_int_eq(parse(big, &p, err), -1);
    ck_assert_ptr_nonnull(strstr(err, "line too long"));
    char many[8000] = "";
    for (int i = 0; i <= POLICY_MAX_ENTRIES; i++)
        snprintf(many + strlen(many), sizeof many - strlen(many), "t%d x\n", i);
    ck_assert_int_eq(parse(many, &p, err), -1);
    ck_assert_str_eq(err, "t.policy:65: more than 64 service types");
}
END_TEST

START_TEST(save_and_load)
{
    char path[] = "/tmp/zsie-policy-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    close(fd);
    struct policy p, q;
    char err[300];
    ck_assert_int_eq(parse("security deny\nconsole file:/tmp@n1\n", &p, err), 0);
    ck_assert_int_eq(policy_save(path, &p, err, sizeof err), 0);
    ck_assert_int_eq(policy_load(path, &q, err, sizeof err), 0);
    ck_assert_uint_eq(q.n, 2);
    ck_assert_str_eq(q.e[1].spec, "file:/tmp");
    ck_assert_str_eq(q.e[1].node, "n1");
    unlink(path);
    ck_assert_int_eq(policy_load(path, &q, err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "cannot open"));
}
END_TEST

START_TEST(directory_policy)
{
    struct directory d;
    char err[300];
    ck_assert_int_eq(directory_parse("USER A pw 1M\n POLICY sched shares:0.2\n POLICY security audit@sec1\n"
                                     "USER B pw 1M\n",
                                     "t.direct", &d, err, sizeof err),
                     0);
    const struct dir_user *a = directory_find(&d, "A");
    ck_assert_ptr_nonnull(a->policy);
    ck_assert_uint_eq(a->policy->n, 2);
    ck_assert_str_eq(policy_find(a->policy, "sched")->spec, "shares:0.2");
    ck_assert_str_eq(policy_find(a->policy, "security")->node, "sec1");
    ck_assert_ptr_null(directory_find(&d, "B")->policy);
    directory_free(&d);
    ck_assert_int_eq(directory_parse("USER A pw 1M\n POLICY sched\n", "t.direct", &d, err, sizeof err), -1);
    ck_assert_str_eq(err, "t.direct:2: POLICY needs: POLICY type id[:arg][@node]");
    ck_assert_int_eq(directory_parse("USER A pw 1M\n POLICY sched a\n POLICY SCHED b\n", "t.direct", &d, err,
                                     sizeof err),
                     -1);
    ck_assert_str_eq(err, "t.direct:3: POLICY sched is given twice for A");
    ck_assert_int_eq(directory_parse("USER A pw 1M\n POLICY s$ a\n", "t.direct", &d, err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "t.direct:2: service type 's$'"));
}
END_TEST

START_TEST(declarations)
{
    static const char text[] = "# a type\n"
                               "type Checksum 2\n"
                               "function sum u64 string u32\n"
                               "function mix double i32 u32 i64 u64 double string pointer\n"
                               "function none void\n";
    struct decl_set s = {0};
    char err[300];
    ck_assert_int_eq(decl_parse(text, strlen(text), "t.decl", &s, err, sizeof err), 0);
    const struct decl_type *t = decl_find(&s, "checksum");
    ck_assert_ptr_nonnull(t);
    ck_assert_uint_eq(t->version, 2);
    ck_assert_uint_eq(t->nfuncs, 3);
    ck_assert_int_eq(t->f[1].ret, DECL_DOUBLE);
    ck_assert_uint_eq(t->f[1].nargs, 7);
    ck_assert_int_eq(t->f[1].args[6], DECL_POINTER);
    ck_assert_int_eq(t->f[2].nargs, 0);
    static const struct { const char *text, *want; } bad[] = {
        {"function f void\n", "t.decl:1: function before any type"},
        {"type x\n", "t.decl:1: want: type NAME VERSION"},
        {"type x -1\n", "t.decl:1: version '-1' is not a number"},
        {"type security 1\n", "t.decl:1: type security is declared already"},
        {"type x 1\nfunction f float\n", "t.decl:2: unknown result type 'float'"},
        {"type x 1\nfunction f i32 void\n", "t.decl:2: unknown argument type 'void'"},
        {"type x 1\nfunction f i32\nfunction f i32\n", "t.decl:3: function f is declared twice"},
        {"type x 1\nfunction start i32\n", "t.decl:2: function name start is reserved"},
        {"type x 1\nfunction f i32 i32 i32 i32 i32 i32 i32 i32 i32 i32\n", "t.decl:2: too many words"},
        {"type x 1\n", "t.decl:1: type x declares no function"},
        {"type x 1\ntype y 1\nfunction f void\n", "t.decl:2: type x declares no function"},
        {"typo x 1\n", "t.decl:1: unknown statement 'typo'"},
    };
    for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        struct decl_set z = {0};
        ck_assert_msg(decl_parse(bad[i].text, strlen(bad[i].text), "t.decl", &z, err, sizeof err) == -1, "case %u", i);
        ck_assert_msg(!strncmp(err, bad[i].want, strlen(bad[i].want)), "case %u: %s", i, err);
    }
    union decl_value v;
    ck_assert_int_eq(decl_value_parse(DECL_I32, "-2147483648", &v), 0);
    ck_assert_int_eq(v.i32, INT32_MIN);
    ck_assert_int_eq(decl_value_parse(DECL_I32, "2147483648", &v), -1);
    ck_assert_int_eq(decl_value_parse(DECL_U32, "-1", &v), -1);
    ck_assert_int_eq(decl_value_parse(DECL_U64, "0xFFFFFFFFFFFFFFFF", &v), 0);
    ck_assert_uint_eq(v.u64, UINT64_MAX);
    ck_assert_int_eq(decl_value_parse(DECL_DOUBLE, "2.5x", &v), -1);
}
END_TEST

static int req(const char *s, struct control_req *rq, char *err)
{
    return control_parse(s, strlen(s), rq, err, 300);
}

START_TEST(control_requests)
{
    struct control_req rq;
    char err[300];
    ck_assert_int_eq(req("policy show", &rq, err), 0);
    ck_assert_int_eq(rq.op, CONTROL_SHOW);
    ck_assert_str_eq(rq.vm, "");
    ck_assert_int_eq(req("POLICY set sched shares:0.25 linux1\r", &rq, err), 0);
    ck_assert_int_eq(rq.op, CONTROL_SET);
    ck_assert_str_eq(rq.e.type, "sched");
    ck_assert_str_eq(rq.e.spec, "shares:0.25");
    ck_assert_str_eq(rq.vm, "LINUX1");
    ck_assert_int_eq(req("policy unset logging", &rq, err), 0);
    ck_assert_int_eq(rq.op, CONTROL_UNSET);
    ck_assert_str_eq(rq.e.type, "logging");
    static const struct { const char *text, *want; } bad[] = {
        {"", "E412"}, {"policy", "E412"}, {"show", "E412"}, {"policy drop x", "E412 unknown policy request"},
        {"policy set sched", "E412 want: policy set"}, {"policy unset", "E412 want: policy unset"},
        {"policy set sched a b c d", "E412 too many words"}, {"policy show LINUX1 X", "E412 too many words"},
        {"policy show TOOLONGID", "E414"}, {"policy set s!x a", "E413 service type"},
        {"policy set sched a@", "E413 service node"},
    };
    for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ck_assert_int_eq(req(bad[i].text, &rq, err), -1);
        ck_assert_msg(!strncmp(err, bad[i].want, strlen(bad[i].want)), "case %u: %s", i, err);
    }
    char big[CONTROL_REQ_MAX + 10];
    memset(big, 'a', sizeof big);
    ck_assert_int_eq(control_parse(big, sizeof big, &rq, err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "E410"));
    ck_assert_int_eq(control_parse("policy\0show", 11, &rq, err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "E411"));
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("policy_parse");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, policy_lookup);
    tcase_add_test(tc, set_unset);
    tcase_add_test(tc, malformed_lines);
    tcase_add_test(tc, save_and_load);
    tcase_add_test(tc, directory_policy);
    tcase_add_test(tc, declarations);
    tcase_add_test(tc, control_requests);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
