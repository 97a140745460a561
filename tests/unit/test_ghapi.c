/* GHAPI host side: the GHAPIPL decoder against hand-encoded parameter lists (EBCDIC 037 by
 * hand: A-I C1-C9, J-R D1-D9, S-Z E2-E9, '.' 4B, blank 40), every malformed variant with the
 * return and reason codes docs/ghapi.md gives, and the DIAGNOSE X'0100' handler on a CPU:
 * the result written back, CC and Ry, the identity rule, the architected exceptions. */
#include <string.h>

#include "diag/diag.h"
#include "ghapi/ghapi_host.h"
#include "harness.h"

#define PL 0x4000

/* docs/ghapi.md's worked example: FACILITY APP.PAYROLL, READ, the VM's own user id. */
static const char *const example_hex =
    "C7C8C1D7C9D7D340 0001 0000 00000057 00000002 00000037 00000000 00000000"
    "C7C8C1E4E3C84040 00000000 00000000 00000000 02 00 0000 4040404040404040"
    "C6C1C3C9D3C9E3E8 000B 0000 C1D7D74BD7C1E8D9D6D3D3";

static size_t hex(uint8_t *out, const char *h)
{
    size_t n = 0;
    for (; *h; h++) {
        if (*h == ' ')
            continue;
        unsigned b;
        sscanf(h, "%2x", &b);
        out[n++] = (uint8_t)b;
        h++;
    }
    return n;
}

static uint8_t buf[GHAPI_MAX_LENGTH + 64];
static size_t example(void)
{
    memset(buf, 0, sizeof buf);
    return hex(buf, example_hex);
}

static int decode(size_t n, uint32_t *reason)
{
    struct ghapi_request r;
    return ghapi_decode(buf, n, &r, reason);
}

START_TEST(example_decodes)
{
    size_t n = example();
    ck_assert_uint_eq(n, 0x57);
    struct ghapi_request r;
    uint32_t reason = 99;
    ck_assert_int_eq(ghapi_decode(buf, n, &r, &reason), GHAPI_RC_OK);
    ck_assert_uint_eq(reason, 0);
    ck_assert_uint_eq(r.function, GHAPI_FN_AUTH);
    ck_assert_str_eq(r.userid, "");
    ck_assert_str_eq(r.class_name, "FACILITY");
    ck_assert_str_eq(r.resource, "APP.PAYROLL");
    ck_assert_uint_eq(r.access, GHAPI_READ);
}
END_TEST

/* One malformed variant: patch bytes at off, expect rc and reason. */
static void expect_bad(unsigned off, const char *patch, int rc, uint32_t reason)
{
    size_t n = example();
    hex(buf + off, patch);
    uint32_t got = 12345;
    ck_assert_int_eq(decode(n, &got), rc);
    ck_assert_uint_eq(got, reason);
}

START_TEST(malformed_variants)
{
    expect_bad(0x00, "C7C8C1D7C9D7D300", GHAPI_RC_MALFORMED, 0x00); /* eye catcher */
    expect_bad(0x08, "0002", GHAPI_RC_VERSION, GHAPI_VERSIONS_SERVED);
    expect_bad(0x08, "0000", GHAPI_RC_VERSION, GHAPI_VERSIONS_SERVED);
    expect_bad(0x0A, "0001", GHAPI_RC_MALFORMED, 0x0A);             /* reserved flags */
    expect_bad(0x0C, "00008001", GHAPI_RC_LENGTH, 0x0C);            /* over 32768 */
    expect_bad(0x0C, "0000001F", GHAPI_RC_LENGTH, 0x0C);            /* under the header */
    expect_bad(0x14, "00000036", GHAPI_RC_LENGTH, 0x14);            /* GhDataLen != GhLength - 32 */
    expect_bad(0x10, "00000009", GHAPI_RC_FUNCTION, 0x10);
    expect_bad(0x10, "00000000", GHAPI_RC_FUNCTION, 0x10);
    expect_bad(0x20, "C7C8C1E4E3C84000", GHAPI_RC_MALFORMED, 0x20); /* GHAUTH eye catcher */
    expect_bad(0x34, "03", GHAPI_RC_MALFORMED, 0x34);               /* access not one of 02 04 08 80 */
    expect_bad(0x35, "01", GHAPI_RC_MALFORMED, 0x35);               /* reserved flags */
    expect_bad(0x36, "0009", GHAPI_RC_LENGTH, 0x36);                /* user id longer than 8 */
    expect_bad(0x36, "0002", GHAPI_RC_LENGTH, 0x36);                /* length says 2, field blank */
    expect_bad(0x38, "C1C240C340404040", GHAPI_RC_MALFORMED, 0x38); /* a blank inside the user id */
    expect_bad(0x40, "4040404040404040", GHAPI_RC_MALFORMED, 0x40); /* no class */
    expect_bad(0x48, "000C", GHAPI_RC_LENGTH, 0x48);                /* resource longer than GhData */
    expect_bad(0x48, "0000", GHAPI_RC_LENGTH, 0x48);
    expect_bad(0x4A, "0001", GHAPI_RC_MALFORMED, 0x4A);             /* reserved */
    expect_bad(0x4F, "40", GHAPI_RC_MALFORMED, 0x4F);               /* blank in the resource */
}
END_TEST

START_TEST(truncated_buffer_is_length_error)
{
    size_t n = example();
    uint32_t reason;
    ck_assert_int_eq(decode(n - 1, &reason), GHAPI_RC_LENGTH); /* GhLength beyond what was read */
    ck_assert_int_eq(decode(31, &reason), GHAPI_RC_LENGTH);
}
END_TEST

/* A log request: application PAYROLL, version 1.2, times, 3 bytes of data. */
static const char *const log_hex =
    "C7C8C1D7C9D7D340 0001 0000 00000053 00000003 00000033 00000000 00000000"
    "C7C8D3D6C7404040 D7C1E8D9D6D3D340 F14BF24040404040"
    "0000000000001000 0000000000002000 00000003 00000000 010203";

START_TEST(log_decodes_and_checks)
{
    memset(buf, 0, sizeof buf);
    size_t n = hex(buf, log_hex);
    ck_assert_uint_eq(n, 0x53);
    struct ghapi_request r;
    uint32_t reason;
    ck_assert_int_eq(ghapi_decode(buf, n, &r, &reason), GHAPI_RC_OK);
    ck_assert_str_eq(r.application, "PAYROLL");
    ck_assert_str_eq(r.appl_version, "1.2");
    ck_assert_uint_eq(r.start_tod, 0x1000);
    ck_assert_uint_eq(r.stop_tod, 0x2000);
    ck_assert_uint_eq(r.event_len, 3);
    ck_assert_uint_eq(r.event[2], 3);
    /* stop before start */
    hex(buf + 0x40, "0000000000000800");
    ck_assert_int_eq(ghapi_decode(buf, n, &r, &reason), GHAPI_RC_MALFORMED);
    ck_assert_uint_eq(reason, 0x40);
    hex(buf + 0x40, "0000000000002000");
    hex(buf + 0x48, "00000004"); /* event length beyond GhData */
    ck_assert_int_eq(ghapi_decode(buf, n, &r, &reason), GHAPI_RC_LENGTH);
    ck_assert_uint_eq(reason, 0x48);
}
END_TEST

/* ---- the handler on a CPU ---- */

static struct harness h;
static struct diag_table table;
static struct diag_vm dvm;
static struct diag_def row;
static struct ghapi_services svc;
static int auth_calls, log_calls;
static char last_user[16], last_class[16], last_resource[64];

static int fake_auth(void *ctx, const struct ghapi_caller *who, const char *userid, const char *class_name,
                     const char *resource, unsigned access, struct ghapi_auth_result *res)
{
    (void)ctx;
    (void)who;
    (void)access;
    auth_calls++;
    snprintf(last_user, sizeof last_user, "%s", userid);
    snprintf(last_class, sizeof last_class, "%s", class_name);
    snprintf(last_resource, sizeof last_resource, "%s", resource);
    /* SURROGAT permits TESTVM to act for LINUX2 only */
    bool ok = strcmp(class_name, "SURROGAT") ? !strcmp(resource, "APP.PAYROLL") : !strcmp(resource, "LINUX2.GHAPI");
    res->saf_rc = ok ? 0 : 8;
    res->racf_rc = ok ? 0 : 8;
    res->racf_reason = 0;
    return 0;
}

static int fake_log(void *ctx, const struct ghapi_caller *who, const struct ghapi_request *req)
{
    (void)ctx;
    (void)who;
    (void)req;
    log_calls++;
    return 0;
}

static int rejected_calls, rejected_rc;
static uint32_t rejected_reason;
static void fake_rejected(void *ctx, const struct ghapi_caller *who, unsigned function, int rc, uint32_t reason)
{
    (void)ctx;
    (void)who;
    (void)function;
    rejected_calls++;
    rejected_rc = rc;
    rejected_reason = reason;
}

static int hook(struct cpu *cpu, const struct insn *in, void *ctx)
{
    (void)ctx;
    return diag_dispatch(&dvm, cpu, in, cpu->psw.ia - 4);
}

static void setup(bool with_log)
{
    h_init(&h);
    diag_table_init(&table);
    svc = (struct ghapi_services){.auth = fake_auth, .log = with_log ? fake_log : NULL, .rejected = fake_rejected};
    rejected_calls = 0;
    diag_ghapi_row(&row, &svc);
    ck_assert_int_eq(diag_define(&table, &row), 0);
    diag_vm_init(&dvm, &table, NULL, NULL, "TESTVM", "G", h.mem.size, 1);
    dvm.enable[GHAPI_DIAG_CODE / 4] = 1;
    h.cpu.hooks.diagnose = hook;
    auth_calls = log_calls = 0;
    h.cpu.gr[2] = PL;
    h.cpu.gr[3] = 0xFFFFFFFF00000077ULL; /* Ry: the high half is kept */
    h_code(&h, H_CODE, "83230100");
}

static void teardown(void)
{
    diag_vm_free(&dvm);
    h_free(&h);
}

/* The DIAGNOSE alone: it completes, the PSW past it. */
static void run1(void)
{
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.psw.ia, H_CODE + 4);
}

static void place(const char *hx) { memcpy(h.mem.bytes + PL, buf, hex(buf, hx)); }

START_TEST(auth_allowed_written_back)
{
    setup(false);
    place(example_hex);
    run1();
    ck_assert_uint_eq(h.cpu.gr[3], 0xFFFFFFFF00000000ULL);
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_uint_eq(h_ld32(&h, PL + GH_RETURN_CODE), 0);
    ck_assert_uint_eq(h_ld32(&h, PL + GH_DATA + GHA_SAF_RC), 0);
    ck_assert_str_eq(last_user, "TESTVM");
    ck_assert_str_eq(last_class, "FACILITY");
    ck_assert_uint_eq(auth_calls, 1);
    teardown();
}
END_TEST

START_TEST(auth_denied_is_rc_0_with_saf_8)
{
    setup(false);
    place(example_hex);
    h.mem.bytes[PL + 0x56] = 0xE8; /* APP.PAYROLY */
    run1();
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_uint_eq(h_ld32(&h, PL + GH_DATA + GHA_SAF_RC), 8);
    ck_assert_uint_eq(h_ld32(&h, PL + GH_DATA + GHA_RACF_RC), 8);
    teardown();
}
END_TEST

START_TEST(impersonation_needs_surrogat)
{
    setup(false);
    place(example_hex);
    /* user id LINUX3 (D3C9D5E4E7F3), length 6 */
    hex(h.mem.bytes + PL + 0x36, "0006 D3C9D5E4E7F34040");
    run1();
    ck_assert_uint_eq(h.cpu.cc, 1);
    ck_assert_uint_eq(h.cpu.gr[3] & 0xFFFFFFFF, GHAPI_RC_NOT_AUTHORIZED);
    ck_assert_str_eq(last_class, "SURROGAT");
    ck_assert_str_eq(last_resource, "LINUX3.GHAPI");
    ck_assert_uint_eq(auth_calls, 1); /* the request itself was never asked */
    ck_assert_int_eq(rejected_calls, 1);
    ck_assert_int_eq(rejected_rc, GHAPI_RC_NOT_AUTHORIZED);
    teardown();
    setup(false);
    place(example_hex);
    hex(h.mem.bytes + PL + 0x36, "0006 D3C9D5E4E7F24040"); /* LINUX2: permitted */
    run1();
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_str_eq(last_user, "LINUX2");
    ck_assert_uint_eq(auth_calls, 2);
    teardown();
}
END_TEST

START_TEST(malformed_gets_rc_and_reason_in_place)
{
    setup(false);
    place(example_hex);
    h.mem.bytes[PL + 0x09] = 7; /* version 7 */
    run1();
    ck_assert_uint_eq(h.cpu.cc, 1);
    ck_assert_uint_eq(h.cpu.gr[3] & 0xFFFFFFFF, GHAPI_RC_VERSION);
    ck_assert_uint_eq(h_ld32(&h, PL + GH_RETURN_CODE), GHAPI_RC_VERSION);
    ck_assert_uint_eq(h_ld32(&h, PL + GH_REASON_CODE), GHAPI_VERSIONS_SERVED);
    ck_assert_uint_eq(auth_calls, 0);
    /* audited */
    ck_assert_int_eq(rejected_calls, 1);
    ck_assert_int_eq(rejected_rc, GHAPI_RC_VERSION);
    ck_assert_uint_eq(rejected_reason, GHAPI_VERSIONS_SERVED);
    teardown();
}
END_TEST

START_TEST(log_without_smf_is_not_available)
{
    setup(false);
    place(log_hex);
    run1();
    ck_assert_uint_eq(h.cpu.gr[3] & 0xFFFFFFFF, GHAPI_RC_NOT_AVAILABLE);
    ck_assert_int_eq(rejected_calls, 0); /* not a refusal: the function is not served here */
    teardown();
    setup(true);
    place(log_hex);
    run1();
    ck_assert_uint_eq(h.cpu.gr[3] & 0xFFFFFFFF, GHAPI_RC_OK);
    ck_assert_uint_eq(log_calls, 1);
    teardown();
}
END_TEST

START_TEST(query_reports_functions)
{
    setup(true);
    place("C7C8C1D7C9D7D340 0001 0000 00000030 00000001 00000010 00000000 00000000"
          "00000000 00000000 00000000 00000000");
    run1();
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_uint_eq(h_ld32(&h, PL + GH_DATA + GHQ_VERSIONS), 1);
    ck_assert_uint_eq(h_ld32(&h, PL + GH_DATA + GHQ_FUNCTIONS), (1u << 1) | (1u << 2) | (1u << 3));
    ck_assert_uint_eq(h_ld32(&h, PL + GH_DATA + GHQ_MAX_LENGTH), 32768);
    teardown();
}
END_TEST

START_TEST(architected_exceptions)
{
    /* misaligned GHAPIPL: specification */
    setup(false);
    place(example_hex);
    h.cpu.gr[2] = PL + 4;
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    teardown();
    /* beyond the end of storage: addressing */
    setup(false);
    h.cpu.gr[2] = h.mem.size - 16;
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_ADDRESSING);
    teardown();
    /* a storage key that forbids the store (PSW key 1, block key 2): protection, nothing done */
    setup(false);
    place(example_hex);
    *storage_key(&h.mem, PL) = 0x20;
    h.cpu.psw.mask |= 1ULL << PSW_KEY_SHIFT;
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_PROTECTION);
    ck_assert_uint_eq(auth_calls, 0);
    teardown();
    /* problem state: privileged operation, unless the VM accepts it from there */
    setup(false);
    place(example_hex);
    h.cpu.psw.mask |= PSW_PROBLEM;
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_PRIVILEGED);
    teardown();
    /* (accepted from the problem state with OPTION GHAPI PROBLEM: only under the CP, where
     * every DIAGNOSE is intercepted; the bare CPU checks the privilege itself) */
    /* not enabled for this VM (no OPTION GHAPI): specification */
    setup(false);
    place(example_hex);
    dvm.enable[GHAPI_DIAG_CODE / 4] = 0;
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    teardown();
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("ghapi");
    TCase *t = tcase_create("decode");
    tcase_add_test(t, example_decodes);
    tcase_add_test(t, malformed_variants);
    tcase_add_test(t, truncated_buffer_is_length_error);
    tcase_add_test(t, log_decodes_and_checks);
    suite_add_tcase(s, t);
    t = tcase_create("diag");
    tcase_add_test(t, auth_allowed_written_back);
    tcase_add_test(t, auth_denied_is_rc_0_with_saf_8);
    tcase_add_test(t, impersonation_needs_surrogat);
    tcase_add_test(t, malformed_gets_rc_and_reason_in_place);
    tcase_add_test(t, log_without_smf_is_not_available);
    tcase_add_test(t, query_reports_functions);
    tcase_add_test(t, architected_exceptions);
    suite_add_tcase(s, t);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
