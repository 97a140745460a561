/* The kernel proxy: the default service table, policy lookup and per-VM refinement, fallback
 * on each kind of failure (fail closed for security), live changes by the administration
 * module and the control socket, plug-ins through libffi with each declared argument type,
 * and the memory and console services.  ZSIE_PLUGIN_DIR and ZSIE_SOURCE_DIR come from
 * tests/policy/suite.cmake. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "harness.h"
#include "policy/control.h"
#include "policy/decl.h"
#include "policy/proxy.h"

#ifndef ZSIE_PLUGIN_DIR
#define ZSIE_PLUGIN_DIR "plugins"
#endif
#ifndef ZSIE_SOURCE_DIR
#define ZSIE_SOURCE_DIR "."
#endif
#define ALLOWLIST ZSIE_PLUGIN_DIR "/libzsie_allowlist.so"

static char tmpdir[64];
static FILE *msgs;     /* the proxy's event lines */

static void setup(void)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/zsie-proxy-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(tmpdir));
    msgs = tmpfile();
}

static void teardown(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
    ck_assert_int_eq(system(cmd), 0);
    fclose(msgs);
}

static char *msgs_text(void)
{
    static char buf[16384];
    fflush(msgs);
    rewind(msgs);
    size_t n = fread(buf, 1, sizeof buf - 1, msgs);
    buf[n] = 0;
    return buf;
}

static unsigned count(const char *hay, const char *needle)
{
    unsigned n = 0;
    for (const char *p = hay; (p = strstr(p, needle)); p++)
        n++;
    return n;
}

static struct proxy *mk(const char *policy_text, const struct decl_set *decls, const char *smf)
{
    struct proxy_config pc = {.env = {.smf_path = smf}, .decls = decls, .msgs = msgs};
    struct proxy *p = proxy_new(&pc);
    ck_assert_ptr_nonnull(p);
    struct policy pol;
    char err[300];
    ck_assert_int_eq(policy_parse(policy_text, strlen(policy_text), "t", &pol, err, sizeof err), 0);
    ck_assert_msg(proxy_set_policy(p, NULL, &pol, err, sizeof err) == 0, "%s", err);
    return p;
}

static int auth(struct proxy *p, const char *vm, const char *cls, const char *res, enum racf_access a)
{
    struct sec_request rq = {.vm = vm, .user = vm, .cls = cls, .resource = res, .access = a};
    struct saf_result r;
    ck_assert_int_eq(proxy_auth(p, &rq, &r), 0);
    return r.saf_rc;
}

static void serving(struct proxy *p, enum svc_type t, const char *vm, const char *want)
{
    char id[300];
    proxy_serving(p, t, vm, id, sizeof id);
    ck_assert_str_eq(id, want);
}

START_TEST(default_table)
{
    struct proxy *p = mk("", NULL, NULL);
    serving(p, SVC_SECURITY, NULL, "deny");
    serving(p, SVC_LOGGING, NULL, "none");
    serving(p, SVC_MEMORY, "A", "release");
    serving(p, SVC_SCHED, "A", "threads");
    serving(p, SVC_CONSOLE, "A", "stdout");
    /* security not named: the default denies, closed */
    ck_assert_int_eq(auth(p, "A", "FACILITY", "X", RACF_READ), SAF_RC_DENIED);
    ck_assert_uint_eq(proxy_fallbacks(p), 0); /* not named is no failure */
    ck_assert_str_eq(msgs_text(), "");
    proxy_free(p);
    char smf[128];
    snprintf(smf, sizeof smf, "%s/smf", tmpdir);
    p = mk("", NULL, smf);
    serving(p, SVC_LOGGING, NULL, "smf");
    proxy_free(p);
}
END_TEST

START_TEST(lookup_and_vm_refinement)
{
    struct proxy *p = mk("security audit\nmemory release\n", NULL, NULL);
    struct policy vp;
    char err[300];
    ck_assert_int_eq(policy_parse("security none\n", 14, "d", &vp, err, sizeof err), 0);
    ck_assert_int_eq(proxy_set_policy(p, "B", &vp, err, sizeof err), 0);
    ck_assert_int_eq(auth(p, "A", "FACILITY", "X", RACF_ALTER), SAF_RC_OK);      /* node: audit */
    ck_assert_int_eq(auth(p, "B", "FACILITY", "X", RACF_READ), SAF_RC_NODECISION); /* B's own */
    serving(p, SVC_MEMORY, "B", "release");  /* what B does not name comes from the node */
    char show[2000];
    proxy_show(p, "B", show, sizeof show);
    ck_assert_ptr_nonnull(strstr(show, "security none (vm)\n"));
    ck_assert_ptr_nonnull(strstr(show, "memory release (node)\n"));
    ck_assert_ptr_nonnull(strstr(show, "sched threads (default)\n"));
    /* an unknown type in a policy is refused when the proxy is given it */
    ck_assert_int_eq(policy_parse("filesystem ufs\n", 15, "d", &vp, err, sizeof err), 0);
    ck_assert_int_eq(proxy_set_policy(p, NULL, &vp, err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "unknown service type 'filesystem'"));
    proxy_free(p);
}
END_TEST

/* Each way the named security service can be out of reach: the default (deny) answers, the
 * event is written once, and nothing is allowed. */
START_TEST(fallback_fails_closed)
{
    static const struct { const char *spec, *why; } cases[] = {
        {"nosuch", "unknown security service 'nosuch'"},
        {"racf", "security racf cannot start: no RACF database"},
        {"racf:/nonexistent/db.racf", "security racf cannot start: "},
        {"audit@secnode", "service node secnode: not available"},
        {"plugin:/nonexistent/libx.so", "cannot load"},
        {"plugin:" ALLOWLIST ":partial", "no symbol partial_auth"},
        {"plugin:" ALLOWLIST ":oldver", "oldver_api_version() says API version 0, the security type is version 1"},
        {"plugin:" ALLOWLIST ":absent", "no symbol absent_api_version"},
        {"plugin:" ALLOWLIST ":nostart", "nostart_start(\"\") failed with 7"},
    };
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ck_assert_int_eq(ftruncate(fileno(msgs), 0), 0);
        rewind(msgs);
        char text[600];
        snprintf(text, sizeof text, "security %s\n", cases[i].spec);
        struct proxy *p = mk(text, NULL, NULL);
        ck_assert_int_eq(auth(p, "A", "FACILITY", "PUBLIC.X", RACF_READ), SAF_RC_DENIED);
        ck_assert_int_eq(auth(p, "A", "FACILITY", "Y", RACF_READ), SAF_RC_DENIED);
        serving(p, SVC_SECURITY, "A", "deny");
        ck_assert_uint_eq(proxy_fallbacks(p), 3);
        const char *m = msgs_text();
        ck_assert_msg(strstr(m, cases[i].why), "case %u: %s", i, m);
        ck_assert_msg(count(m, "zsie: E400 kernel proxy: security ") == 1, "case %u: %s", i, m);
        ck_assert_ptr_nonnull(strstr(m, "the default deny serves"));
        proxy_free(p);
    }
}
END_TEST

/* the other types fall back to theirs */
START_TEST(fallback_other_types)
{
    struct proxy *p = mk("memory batch:zero\nsched shares:2x\nconsole file:/nonexistent/dir\nlogging json\n", NULL,
                         NULL);
    serving(p, SVC_MEMORY, "A", "release");
    serving(p, SVC_SCHED, "A", "threads");
    serving(p, SVC_CONSOLE, "A", "stdout");
    serving(p, SVC_LOGGING, "A", "none");
    const char *m = msgs_text();
    ck_assert_ptr_nonnull(strstr(m, "memory batch:zero for A: memory batch cannot start: batch:PAGES wants"));
    ck_assert_ptr_nonnull(strstr(m, "sched shares:2x for A: sched shares cannot start"));
    ck_assert_ptr_nonnull(strstr(m, "console file:/nonexistent/dir for A: console file cannot start"));
    ck_assert_ptr_nonnull(strstr(m, "logging json for A: logging json cannot start: json needs a file"));
    proxy_free(p);
}
END_TEST

/* the fallback event is also a record of the logging service; the admin's change too */
START_TEST(events_are_logged_and_admin_live)
{
    char text[300], path[200];
    snprintf(path, sizeof path, "%s/log.jsonl", tmpdir);
    snprintf(text, sizeof text, "logging json:%s\nsecurity nosuch\n", path);
    struct proxy *p = mk(text, NULL, NULL);
    ck_assert_int_eq(auth(p, "A", "FACILITY", "X", RACF_READ), SAF_RC_DENIED);
    struct policy_entry e;
    char err[300];
    ck_assert_int_eq(policy_entry_parse(&e, "security", "audit", err, sizeof err), 0);
    ck_assert_int_eq(proxy_admin_set(p, NULL, &e, "alice", err, sizeof err), 0);
    /* from the next access on */
    ck_assert_int_eq(auth(p, "A", "FACILITY", "X", RACF_READ), SAF_RC_OK);
    ck_assert_int_eq(proxy_admin_unset(p, NULL, "security", "bob", err, sizeof err), 0);
    ck_assert_int_eq(auth(p, "A", "FACILITY", "X", RACF_READ), SAF_RC_DENIED);
    ck_assert_int_eq(proxy_admin_unset(p, NULL, "security", "bob", err, sizeof err), -1);
    ck_assert_int_eq(proxy_admin_set(p, NULL, &(struct policy_entry){"nosuchtype", "x", ""}, "eve", err, sizeof err),
                     -1);
    ck_assert_ptr_nonnull(strstr(err, "unknown service type 'nosuchtype'"));
    proxy_free(p);
    FILE *f = fopen(path, "r");
    ck_assert_ptr_nonnull(f);
    char buf[8192];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = 0;
    fclose(f);
    ck_assert_ptr_nonnull(strstr(buf, "\"kind\":\"proxy\",\"code\":1,\"who\":\"A\",\"vm\":\"A\",\"text\":\"E400 kernel "
                                      "proxy: security nosuch for A: unknown security service 'nosuch'"));
    ck_assert_ptr_nonnull(strstr(buf, "\"code\":2,\"who\":\"alice\",\"vm\":\"\",\"text\":\"I400 kernel proxy: alice set "
                                      "the node's policy: security nosuch -> security audit\""));
    ck_assert_ptr_nonnull(strstr(buf, "bob unset the node's policy: security audit -> (default)"));
    /* the audit service recorded the allowed request; deny recorded the denials */
    ck_assert_uint_eq(count(buf, "\"kind\":\"access\",\"qualifier\":0,\"user\":\"A\""), 1);
    ck_assert_uint_eq(count(buf, "\"kind\":\"access\",\"qualifier\":1,\"user\":\"A\""), 2);
}
END_TEST

/* The remote slot: what the distributed half will fill in.  A node that answers serves through
 * the type's own table; one that does not is a fallback like any other, closed for security. */
extern const struct security_ops svc_security_audit;
static int fake_remote(void *ctx, enum svc_type t, const char *spec, const char *node, const struct svc_common **ops,
                       void **state, char *err, size_t errlen)
{
    (void)ctx, (void)spec;
    if (t == SVC_SECURITY && !strcmp(node, "up")) {
        *ops = &svc_security_audit.c;
        *state = NULL;
        return 0;
    }
    snprintf(err, errlen, "did not answer in time");
    return -1;
}

START_TEST(remote_slot)
{
    struct proxy_config pc = {.msgs = msgs, .remote = fake_remote};
    struct proxy *p = proxy_new(&pc);
    struct policy pol;
    char err[300];
    ck_assert_int_eq(policy_parse("security audit@up\n", 18, "t", &pol, err, sizeof err), 0);
    ck_assert_int_eq(proxy_set_policy(p, NULL, &pol, err, sizeof err), 0);
    ck_assert_int_eq(auth(p, "A", "FACILITY", "X", RACF_READ), SAF_RC_OK);
    struct policy_entry e;
    ck_assert_int_eq(policy_entry_parse(&e, "security", "audit@down", err, sizeof err), 0);
    ck_assert_int_eq(proxy_admin_set(p, NULL, &e, "t", err, sizeof err), 0);
    ck_assert_int_eq(auth(p, "A", "FACILITY", "X", RACF_READ), SAF_RC_DENIED);
    ck_assert_ptr_nonnull(strstr(msgs_text(), "security audit@down for A: service node down: did not answer in time; "
                                              "the default deny serves"));
    proxy_free(p);
}
END_TEST

START_TEST(security_plugin)
{
    struct proxy *p = mk("security plugin:" ALLOWLIST ":allowlist\n", NULL, NULL);
    ck_assert_int_eq(auth(p, "A", "FACILITY", "PUBLIC.DOC", RACF_READ), SAF_RC_OK);
    ck_assert_int_eq(auth(p, "A", "FACILITY", "PUBLIC.DOC", RACF_UPDATE), SAF_RC_DENIED);
    ck_assert_int_eq(auth(p, "A", "TEST", "ANY", RACF_READ), SAF_RC_NODECISION);
    ck_assert_int_eq(auth(p, "A", "FACILITY", "SECRET", RACF_READ), SAF_RC_DENIED);
    ck_assert_uint_eq(proxy_fallbacks(p), 0);
    proxy_free(p);
}
END_TEST

START_TEST(logging_plugin)
{
    char path[200];
    snprintf(path, sizeof path, "%s/count.log", tmpdir);
    setenv("ZSIE_COUNTLOG", path, 1);
    struct proxy *p = mk("logging plugin:" ZSIE_PLUGIN_DIR "/libzsie_countlog.so\n", NULL, NULL);
    struct smf_app_event ev = {.userid = "A", .vmname = "A", .appname = "PAY", .appver = "1", .data = "hi",
                               .data_len = 2};
    ck_assert_int_eq(proxy_log_app(p, "A", SMF200_EVENT, &ev), 0);
    proxy_free(p);
    FILE *f = fopen(path, "r");
    ck_assert_ptr_nonnull(f);
    char buf[200] = "";
    ck_assert_ptr_nonnull(fgets(buf, sizeof buf, f));
    fclose(f);
    ck_assert_str_eq(buf, "app_event A PAY 1 6869\n");
    unsetenv("ZSIE_COUNTLOG");
}
END_TEST

/* A declared type through libffi, each argument and result type. */
START_TEST(ffi_each_type)
{
    struct decl_set d = {0};
    char err[300];
    ck_assert_int_eq(decl_load(ZSIE_SOURCE_DIR "/examples/policy/typetest.decl", &d, err, sizeof err), 0);
    ck_assert_int_eq(decl_load(ZSIE_SOURCE_DIR "/examples/policy/typetest2.decl", &d, err, sizeof err), 0);
    struct proxy *p = mk("typetest plugin:" ZSIE_PLUGIN_DIR "/libzsie_typetest.so\n"
                         "typetest2 plugin:" ZSIE_PLUGIN_DIR "/libzsie_typetest.so:typetest\n",
                         &d, NULL);
    union decl_value a[8], r;
#define CALL(fn, n) ck_assert_msg(proxy_call(p, "typetest", NULL, fn, a, n, &r, err, sizeof err) == 0, "%s", err)
    a[0].i32 = -5, a[1].i32 = 3;
    CALL("add_i32", 2);
    ck_assert_int_eq(r.i32, -2);
    a[0].u32 = 4000000000u, a[1].u32 = 294967295u;
    CALL("add_u32", 2);
    ck_assert_uint_eq(r.u32, 4294967295u);
    a[0].i64 = -(1ll << 40), a[1].i64 = 7;
    CALL("add_i64", 2);
    ck_assert_int_eq(r.i64, -(1ll << 40) + 7);
    a[0].u64 = 1ull << 63, a[1].u64 = 1;
    CALL("add_u64", 2);
    ck_assert_uint_eq(r.u64, (1ull << 63) + 1);
    a[0].d = 1.5, a[1].d = -4;
    CALL("scale", 2);
    ck_assert_double_eq(r.d, -6.0);
    a[0].s = "seven!!";
    CALL("length", 1);
    ck_assert_uint_eq(r.u64, 7);
    int64_t cell = 41;
    a[0].p = &cell;
    CALL("bump", 1);
    ck_assert_int_eq(r.i64, 41);
    ck_assert_int_eq(cell, 42);
    a[0].i32 = -1, a[1].u32 = 2, a[2].i64 = -3, a[3].u64 = 4, a[4].d = 0.5, a[5].s = "abc";
    CALL("mixed", 6);
    ck_assert_double_eq(r.d, 5.5);
    /* wrong argument count, unknown function: refused before any call */
    ck_assert_int_eq(proxy_call(p, "typetest", NULL, "add_i32", a, 1, &r, err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "takes 2 arguments, not 1"));
    ck_assert_int_eq(proxy_call(p, "typetest", NULL, "nope", a, 0, &r, err, sizeof err), -1);
    ck_assert_int_eq(proxy_call(p, "nosuchtype", NULL, "f", a, 0, &r, err, sizeof err), -1);
    /* string and void results; the plug-in was started */
    ck_assert_int_eq(proxy_call(p, "typetest2", NULL, "greeting", a, 0, &r, err, sizeof err), 0);
    ck_assert_str_eq(r.s, "started");
    r.i64 = 99;
    ck_assert_int_eq(proxy_call(p, "typetest2", NULL, "nothing", a, 0, &r, err, sizeof err), 0);
    ck_assert_int_eq(r.i64, 99);
    proxy_free(p);
    /* a declared type whose plug-in lacks a declared function: refused, and no default */
    struct decl_set d2 = {0};
    static const char extra[] = "type typetest 3\nfunction add_i32 i32 i32 i32\nfunction missing void\n";
    ck_assert_int_eq(decl_parse(extra, strlen(extra), "x", &d2, err, sizeof err), 0);
    p = mk("typetest plugin:" ZSIE_PLUGIN_DIR "/libzsie_typetest.so\n", &d2, NULL);
    a[0].i32 = 1, a[1].i32 = 2;
    ck_assert_int_eq(proxy_call(p, "typetest", NULL, "add_i32", a, 2, &r, err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "no plug-in serves typetest"));
    proxy_free(p);
#undef CALL
}
END_TEST

START_TEST(memory_services)
{
    long pg = sysconf(_SC_PAGESIZE);
    size_t len = 64 * (size_t)pg;
    uint8_t *m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    ck_assert_ptr_ne(m, MAP_FAILED);
    struct proxy *p = mk("memory keep\n", NULL, NULL);
    memset(m, 1, len);
    ck_assert_int_eq(memory_resident_pages(m, len), 64);
    ck_assert_int_eq(proxy_mem_release(p, "A", m, len), 0); /* keep (the default is release) */
    ck_assert_int_eq(memory_resident_pages(m, len), 64);
    ck_assert_int_eq(m[5], 0); /* released pages read as zeros (X'010'), the memory stays */
    memset(m, 1, len);
    char err[300];
    struct policy_entry e;
    ck_assert_int_eq(policy_entry_parse(&e, "memory", "release", err, sizeof err), 0);
    ck_assert_int_eq(proxy_admin_set(p, NULL, &e, "t", err, sizeof err), 0);
    ck_assert_int_eq(proxy_mem_release(p, "A", m, 16 * (size_t)pg), 0);
    ck_assert_int_eq(memory_resident_pages(m, len), 48);
    ck_assert_int_eq(m[5], 0); /* a released page reads as zeros */
    memset(m, 1, len);
    ck_assert_int_eq(policy_entry_parse(&e, "memory", "batch:32", err, sizeof err), 0);
    ck_assert_int_eq(proxy_admin_set(p, NULL, &e, "t", err, sizeof err), 0);
    ck_assert_int_eq(proxy_mem_release(p, "A", m, 16 * (size_t)pg), 0);
    ck_assert_int_eq(memory_resident_pages(m, len), 64); /* held back */
    ck_assert_int_eq(m[7 * pg], 0);                      /* but zeros already */
    ck_assert_int_eq(m[16 * pg], 1);
    ck_assert_int_eq(proxy_mem_release(p, "A", m + 16 * pg, 16 * (size_t)pg), 0);
    ck_assert_int_eq(memory_resident_pages(m, len), 32); /* 32 pages gathered: given back */
    ck_assert_int_eq(proxy_mem_release(p, "A", m + 32 * pg, 8 * (size_t)pg), 0);
    ck_assert_int_eq(memory_resident_pages(m, len), 32);
    proxy_mem_flush(p, "A");
    ck_assert_int_eq(memory_resident_pages(m, len), 24);
    proxy_free(p);
    munmap(m, len);
}
END_TEST

START_TEST(console_file)
{
    char text[300];
    snprintf(text, sizeof text, "console file:%s\n", tmpdir);
    struct proxy *p = mk(text, NULL, NULL);
    ck_assert_int_eq(proxy_console_write(p, "LINUX1", "hello\n", 6), 0);
    ck_assert_int_eq(proxy_console_write(p, "LINUX2", "other\n", 6), 0);
    ck_assert_int_eq(proxy_console_write(p, "LINUX1", "again\n", 6), 0);
    proxy_free(p);
    char path[300], buf[100] = "";
    snprintf(path, sizeof path, "%s/LINUX1.console", tmpdir);
    FILE *f = fopen(path, "r");
    ck_assert_ptr_nonnull(f);
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = 0;
    fclose(f);
    ck_assert_str_eq(buf, "hello\nagain\n");
}
END_TEST

START_TEST(control_socket)
{
    char path[200], json[200], text[300];
    snprintf(path, sizeof path, "%s/ctl", tmpdir);
    snprintf(json, sizeof json, "%s/log.jsonl", tmpdir);
    snprintf(text, sizeof text, "logging json:%s\n", json);
    struct proxy *p = mk(text, NULL, NULL);
    struct control_server *s;
    char err[300], out[8192];
    ck_assert_msg(control_start(&s, path, p, err, sizeof err) == 0, "%s", err);
    /* a second server on the same live socket is refused */
    struct control_server *s2;
    ck_assert_int_eq(control_start(&s2, path, p, err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "another zsie answers on it"));
    ck_assert_int_eq(auth(p, "A", "FACILITY", "X", RACF_READ), SAF_RC_DENIED);
    ck_assert_int_eq(control_request(path, "policy set security audit", out, sizeof out, err, sizeof err), 0);
    ck_assert_str_eq(out, "OK\n");
    ck_assert_int_eq(auth(p, "A", "FACILITY", "X", RACF_READ), SAF_RC_OK);
    ck_assert_int_eq(control_request(path, "policy set sched shares:0.5 b", out, sizeof out, err, sizeof err), 0);
    ck_assert_int_eq(control_request(path, "policy show B", out, sizeof out, err, sizeof err), 0);
    ck_assert_ptr_nonnull(strstr(out, "security audit (node)\n"));
    ck_assert_ptr_nonnull(strstr(out, "sched shares:0.5 (vm)\n"));
    ck_assert_ptr_nonnull(strstr(out, "\nOK\n"));
    ck_assert_int_eq(control_request(path, "policy unset memory", out, sizeof out, err, sizeof err), 1);
    ck_assert_ptr_nonnull(strstr(out, "ERR E415 the node policy has no memory entry"));
    ck_assert_int_eq(control_request(path, "policy set filesystem ufs", out, sizeof out, err, sizeof err), 1);
    ck_assert_ptr_nonnull(strstr(out, "ERR E415 unknown service type 'filesystem'"));
    ck_assert_int_eq(control_request(path, "hello", out, sizeof out, err, sizeof err), 1);
    ck_assert_ptr_nonnull(strstr(out, "ERR E412"));
    static char big[3 * CONTROL_REQ_MAX];
    memset(big, 'x', sizeof big - 1);
    ck_assert_int_eq(control_request(path, big, out, sizeof out, err, sizeof err), 1);
    ck_assert_str_eq(out, "ERR E410 request longer than 1023 bytes\n");
    control_stop(s);
    ck_assert_int_eq(access(path, F_OK), -1); /* the socket file is gone */
    ck_assert_int_eq(control_request(path, "policy show", out, sizeof out, err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "E418"));
    proxy_free(p);
    /* who changed it, from the socket's peer credentials */
    FILE *f = fopen(json, "r");
    char buf[8192];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = 0;
    fclose(f);
    char who[64];
    snprintf(who, sizeof who, "(uid %u) set the node's policy: (none) -> security audit", (unsigned)getuid());
    ck_assert_ptr_nonnull(strstr(buf, who));
    ck_assert_ptr_nonnull(strstr(buf, "set the policy of B: (none) -> sched shares:0.5"));
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("policy_proxy");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, default_table);
    tcase_add_test(tc, lookup_and_vm_refinement);
    tcase_add_test(tc, fallback_fails_closed);
    tcase_add_test(tc, fallback_other_types);
    tcase_add_test(tc, events_are_logged_and_admin_live);
    tcase_add_test(tc, remote_slot);
    tcase_add_test(tc, security_plugin);
    tcase_add_test(tc, logging_plugin);
    tcase_add_test(tc, ffi_each_type);
    tcase_add_test(tc, memory_services);
    tcase_add_test(tc, console_file);
    tcase_add_test(tc, control_socket);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
