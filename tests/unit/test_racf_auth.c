/* The REQUEST=AUTH decision: each rule of RACF's authorization checking (Security
 * Administrator's Guide, "How RACF checks authorization"; RACROUTE Macro Reference return
 * codes), with the expected codes worked out by hand. */
#include "harness.h"
#include "racf_test.h"

/* Users U1 (groups G1 default, G2), U2 (G2 default), U3 (SYS1 only), R (RESTRICTED), X (revoked). */
static const char base[] = "SETROPTS CLASSACT(FACILITY SURROGAT) GENERIC(FACILITY DATASET)\n"
                           "AG (G1 G2)\n"
                           "AU U1 DFLTGRP(G1)\n"
                           "CO U1 GROUP(G2)\n"
                           "AU U2 DFLTGRP(G2)\n"
                           "AU U3\n"
                           "AU R RESTRICTED\n"
                           "AU X\n"
                           "ALU X REVOKE\n";

static struct racf_db *with(const char *more)
{
    static char text[8192];
    snprintf(text, sizeof text, "%s%s", base, more);
    return db_of(text);
}

START_TEST(discrete_beats_generic)
{
    struct racf_db *db = with("RDEF FACILITY A.* UACC(READ)\nRDEF FACILITY A.B UACC(NONE)\n");
    struct saf_result r = auth(db, "U3", "FACILITY", "A.B", RACF_READ);
    ck_rc(r, 8, 8, 0);
    ck_assert_str_eq(r.profile, "A.B");
    ck_assert(!r.generic);
    r = auth(db, "U3", "FACILITY", "A.C", RACF_READ);
    ck_rc(r, 0, 0, 0);
    ck_assert_str_eq(r.profile, "A.*");
    ck_assert(r.generic);
    ck_assert_int_eq(r.decided_by, SAF_BY_UACC);
    racf_db_free(db);
}
END_TEST

START_TEST(generics_need_setropts_generic)
{
    /* GENCMD lets generic profiles be defined; RACF uses them only with GENERIC */
    struct racf_db *db = db_of("SETR CLASSACT(SURROGAT) GENCMD(SURROGAT)\nRDEF SURROGAT *.GHAPI UACC(READ)\n");
    struct saf_result r = auth(db, "IBMUSER", "SURROGAT", "LINUX1.GHAPI", RACF_READ);
    ck_rc(r, 4, 4, 0);
    ck_assert_str_eq(r.profile, "");
    racf_db_free(db);
    db = db_of("SETR CLASSACT(SURROGAT) GENCMD(SURROGAT)\nRDEF SURROGAT *.GHAPI UACC(READ)\nSETR GENERIC(SURROGAT)\n");
    r = auth(db, "IBMUSER", "SURROGAT", "LINUX1.GHAPI", RACF_READ);
    ck_rc(r, 0, 0, 0);
    ck_assert_str_eq(r.profile, "*.GHAPI");
    racf_db_free(db);
    /* neither: the name is a discrete profile that protects only the resource "*.GHAPI" */
    db = db_of("SETR CLASSACT(SURROGAT)\nRDEF SURROGAT *.GHAPI UACC(READ)\nSETR GENERIC(SURROGAT)\n");
    r = auth(db, "IBMUSER", "SURROGAT", "LINUX1.GHAPI", RACF_READ);
    ck_rc(r, 4, 4, 0);
    r = auth(db, "IBMUSER", "SURROGAT", "*.GHAPI", RACF_READ);
    ck_rc(r, 0, 0, 0);
    ck_assert(!r.generic);
    racf_db_free(db);
}
END_TEST

START_TEST(most_specific_generic_wins)
{
    /* each profile's UACC tells which one decided */
    struct racf_db *db = with("RDEF FACILITY APP.** UACC(ALTER)\n"
                              "RDEF FACILITY APP.PAY* UACC(CONTROL)\n"
                              "RDEF FACILITY APP.PAYROLL.* UACC(UPDATE)\n"
                              "RDEF FACILITY APP.PAYROLL.%%%%%% UACC(READ)\n");
    struct saf_result r = auth(db, "U3", "FACILITY", "APP.PAYROLL.REPORT", RACF_ALTER);
    ck_assert_str_eq(r.profile, "APP.PAYROLL.%%%%%%");
    ck_assert_int_eq(r.granted, RACF_READ);
    r = auth(db, "U3", "FACILITY", "APP.PAYROLL.REPORTS", RACF_ALTER);
    ck_assert_str_eq(r.profile, "APP.PAYROLL.*");
    r = auth(db, "U3", "FACILITY", "APP.PAYMENTS", RACF_ALTER);
    ck_assert_str_eq(r.profile, "APP.PAY*");
    r = auth(db, "U3", "FACILITY", "APP.HR.X", RACF_ALTER);
    ck_assert_str_eq(r.profile, "APP.**");
    ck_rc(r, 0, 0, 0);
    r = auth(db, "U3", "FACILITY", "OTHER.X", RACF_READ);
    ck_rc(r, 4, 4, 0);
    racf_db_free(db);
}
END_TEST

START_TEST(user_then_group_then_idstar_then_uacc)
{
    struct racf_db *db = with("RDEF FACILITY P UACC(ALTER)\n"
                              "PE P CL(FACILITY) ID(*) ACC(UPDATE)\n"
                              "PE P CL(FACILITY) ID(G2) ACC(READ)\n"
                              "PE P CL(FACILITY) ID(U2) ACC(NONE)\n");
    /* U2's own NONE decides although its group, ID(*) and UACC give more */
    struct saf_result r = auth(db, "U2", "FACILITY", "P", RACF_READ);
    ck_rc(r, 8, 8, 0);
    ck_assert_int_eq(r.decided_by, SAF_BY_USER);
    /* U1 is not in the list; GRPLIST is off, so only its default group G1 counts: no entry,
     * then ID(*) UPDATE */
    r = auth(db, "U1", "FACILITY", "P", RACF_UPDATE);
    ck_rc(r, 0, 0, 0);
    ck_assert_int_eq(r.decided_by, SAF_BY_IDSTAR);
    ck_assert_int_eq(r.granted, RACF_UPDATE);
    r = auth(db, "U1", "FACILITY", "P", RACF_CONTROL);
    ck_rc(r, 8, 8, 0);
    /* an undefined user is not covered by ID(*): UACC */
    r = auth(db, "NOBODY", "FACILITY", "P", RACF_ALTER);
    ck_rc(r, 0, 0, 0);
    ck_assert_int_eq(r.decided_by, SAF_BY_UACC);
    racf_db_free(db);
    /* a group entry lower than ID(*) still decides */
    db = with("RDEF FACILITY P UACC(ALTER)\nPE P CL(FACILITY) ID(*) ACC(UPDATE)\nPE P CL(FACILITY) ID(G2) ACC(READ)\n");
    r = auth(db, "U2", "FACILITY", "P", RACF_UPDATE);
    ck_rc(r, 8, 8, 0);
    ck_assert_int_eq(r.decided_by, SAF_BY_GROUP);
    ck_assert_str_eq(r.decided_id, "G2");
    racf_db_free(db);
}
END_TEST

START_TEST(grplist_takes_every_group)
{
    const char *acl = "RDEF FACILITY P UACC(NONE)\nPE P CL(FACILITY) ID(G2) ACC(UPDATE)\nPE P CL(FACILITY) ID(G1) ACC(NONE)\n";
    struct racf_db *db = with(acl);
    /* without GRPLIST only U1's default group G1 counts: its NONE */
    struct saf_result r = auth(db, "U1", "FACILITY", "P", RACF_READ);
    ck_rc(r, 8, 8, 0);
    ck_assert_str_eq(r.decided_id, "G1");
    racf_db_free(db);
    char text[512];
    snprintf(text, sizeof text, "%sSETROPTS GRPLIST\n", acl);
    db = with(text);
    /* with GRPLIST the highest of G1 NONE and G2 UPDATE */
    r = auth(db, "U1", "FACILITY", "P", RACF_UPDATE);
    ck_rc(r, 0, 0, 0);
    ck_assert_str_eq(r.decided_id, "G2");
    ck_assert_int_eq(r.granted, RACF_UPDATE);
    racf_db_free(db);
}
END_TEST

START_TEST(warning_allows_with_reason_4)
{
    struct racf_db *db = with("RDEF FACILITY W.** UACC(NONE) WARNING\nRDEF FACILITY N.** UACC(READ) WARNING\n");
    struct saf_result r = auth(db, "U3", "FACILITY", "W.X", RACF_UPDATE);
    ck_rc(r, 0, 0, 4);
    ck_assert(r.warning);
    ck_assert(r.audit);
    ck_assert_int_eq(r.smf_qualifier, SAF_Q_WARNING);
    ck_assert_int_eq(r.granted, RACF_NONE);
    /* enough access: an ordinary allowance, no warning */
    r = auth(db, "U3", "FACILITY", "N.X", RACF_READ);
    ck_rc(r, 0, 0, 0);
    ck_assert(!r.warning);
    racf_db_free(db);
}
END_TEST

START_TEST(protectall_in_dataset)
{
    struct racf_db *db = with("");
    ck_rc(auth(db, "U3", "DATASET", "NO.PROFILE", RACF_READ), 4, 4, 0);
    racf_db_free(db);
    db = with("SETR PROTECTALL(FAILURES)\n");
    struct saf_result r = auth(db, "U3", "DATASET", "NO.PROFILE", RACF_READ);
    ck_rc(r, 8, 8, 0);
    ck_assert(r.audit);
    ck_assert_int_eq(r.smf_qualifier, SAF_Q_NOT_FOUND);
    /* PROTECTALL is for data sets only */
    ck_rc(auth(db, "U3", "FACILITY", "NO.PROFILE", RACF_READ), 4, 4, 0);
    racf_db_free(db);
    db = with("SETR PROTECTALL(W)\n");
    r = auth(db, "U3", "DATASET", "NO.PROFILE", RACF_READ);
    ck_rc(r, 0, 0, 4);
    ck_assert(r.warning);
    racf_db_free(db);
}
END_TEST

START_TEST(restricted_skips_idstar_and_uacc)
{
    struct racf_db *db = with("RDEF FACILITY P UACC(READ)\nPE P CL(FACILITY) ID(*) ACC(READ)\n"
                              "RDEF FACILITY Q UACC(READ)\nPE Q CL(FACILITY) ID(R) ACC(READ)\n");
    struct saf_result r = auth(db, "R", "FACILITY", "P", RACF_READ);
    ck_rc(r, 8, 8, 0);
    ck_assert_int_eq(r.decided_by, SAF_BY_RESTRICTED);
    ck_rc(auth(db, "U3", "FACILITY", "P", RACF_READ), 0, 0, 0);
    ck_rc(auth(db, "R", "FACILITY", "Q", RACF_READ), 0, 0, 0);
    racf_db_free(db);
}
END_TEST

START_TEST(revoked_user_is_denied)
{
    struct racf_db *db = with("RDEF FACILITY P UACC(ALTER)\n");
    struct saf_result r = auth(db, "X", "FACILITY", "P", RACF_READ);
    ck_rc(r, 8, 8, 0x1C);
    ck_assert(r.audit);
    ck_assert_int_eq(r.smf_qualifier, SAF_Q_INSUFFICIENT);
    racf_db_free(db);
    db = with("RDEF FACILITY P UACC(ALTER)\nALU X RESUME\n");
    ck_rc(auth(db, "X", "FACILITY", "P", RACF_READ), 0, 0, 0);
    racf_db_free(db);
}
END_TEST

START_TEST(inactive_or_unknown_class)
{
    struct racf_db *db = with("RDEF XFACILIT P UACC(NONE)\n");
    struct saf_result r = auth(db, "U3", "XFACILIT", "P", RACF_READ);
    ck_rc(r, 4, 0, 0);
    ck_assert(!r.audit);
    ck_assert_int_eq(r.smf_qualifier, SAF_Q_NONE);
    ck_rc(auth(db, "U3", "NOSUCH", "P", RACF_READ), 4, 0, 0);
    ck_rc(auth(db, "U3", "facility", "NOPROF", RACF_READ), 4, 4, 0); /* class names are case-insensitive */
    racf_db_free(db);
    db = with("RDEF XFACILIT P UACC(NONE)\nSETR CLASSACT(XFACILIT)\nSETR NOCLASSACT(XFACILIT)\n");
    ck_rc(auth(db, "U3", "XFACILIT", "P", RACF_READ), 4, 0, 0);
    racf_db_free(db);
}
END_TEST

START_TEST(raclist_needs_refresh)
{
    struct racf_db *db = with("RDEF FACILITY P UACC(NONE)\nSETR RACLIST(FACILITY)\nPE P CL(FACILITY) ID(U3) ACC(READ)\n"
                              "RDEF FACILITY NEW UACC(READ)\n");
    /* the PERMIT and the new profile are in the database but not in the in-storage copy */
    ck_rc(auth(db, "U3", "FACILITY", "P", RACF_READ), 8, 8, 0);
    ck_rc(auth(db, "U3", "FACILITY", "NEW", RACF_READ), 4, 4, 0);
    racf_db_free(db);
    db = with("RDEF FACILITY P UACC(NONE)\nSETR RACLIST(FACILITY)\nPE P CL(FACILITY) ID(U3) ACC(READ)\n"
              "RDEF FACILITY NEW UACC(READ)\nSETR RACLIST(FACILITY) REFRESH\n");
    ck_rc(auth(db, "U3", "FACILITY", "P", RACF_READ), 0, 0, 0);
    ck_rc(auth(db, "U3", "FACILITY", "NEW", RACF_READ), 0, 0, 0);
    racf_db_free(db);
    /* NORACLIST: decisions read the database again */
    db = with("SETR RACLIST(FACILITY)\nRDEF FACILITY NEW UACC(READ)\nSETR NORACLIST(FACILITY)\n");
    ck_rc(auth(db, "U3", "FACILITY", "NEW", RACF_READ), 0, 0, 0);
    racf_db_free(db);
}
END_TEST

START_TEST(raclist_refresh_through_the_holder)
{
    struct saf *s = saf_new();
    char err[512];
    const char *text = "SETR CLASSACT(FACILITY) RACLIST(FACILITY)\nAU U3\nRDEF FACILITY P UACC(NONE)\n"
                       "SETR RACLIST(FACILITY) REFRESH\n";
    ck_assert_int_eq(saf_load_text(s, text, strlen(text), "t", err, sizeof err), 0);
    struct saf_request rq = {.user = "U3", .cls = "FACILITY", .resource = "P", .access = RACF_READ};
    struct saf_result r;
    ck_assert_int_eq(saf_auth(s, &rq, &r), 8);
    ck_assert_int_eq(saf_command(s, "PERMIT P CLASS(FACILITY) ID(U3) ACCESS(READ)", err, sizeof err), 0);
    ck_assert_int_eq(saf_auth(s, &rq, &r), 8); /* not yet */
    ck_assert_int_eq(saf_command(s, "SETROPTS RACLIST(FACILITY) REFRESH", err, sizeof err), 0);
    ck_assert_int_eq(saf_auth(s, &rq, &r), 0);
    /* a failing command changes nothing */
    ck_assert_int_eq(saf_command(s, "PERMIT P CLASS(FACILITY) ID(U3) ACCESS(NONE)\nBOGUS", err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "command:2: E204 unknown command 'BOGUS'"));
    ck_assert_int_eq(saf_command(s, "SETROPTS RACLIST(FACILITY) REFRESH", err, sizeof err), 0);
    ck_assert_int_eq(saf_auth(s, &rq, &r), 0);
    saf_free(s);
}
END_TEST

START_TEST(status_access_reports_the_level)
{
    struct racf_db *db = with("RDEF FACILITY P UACC(NONE)\nPE P CL(FACILITY) ID(U3) ACC(UPDATE)\n");
    struct saf_request rq = {.user = "U3", .cls = "FACILITY", .resource = "P", .access = RACF_READ,
                             .status_access = true};
    struct saf_result r;
    racf_auth(db, &rq, &r);
    ck_rc(r, 0, 0x14, 8);
    ck_assert(!r.audit);
    rq.user = "U2";
    racf_auth(db, &rq, &r);
    ck_rc(r, 0, 0x14, 0);
    rq.resource = "NONE.SUCH";
    racf_auth(db, &rq, &r);
    ck_rc(r, 4, 4, 0);
    racf_db_free(db);
}
END_TEST

START_TEST(own_high_level_qualifier)
{
    struct racf_db *db = with("AD 'U3.**' UACC(NONE)\nAD 'U2.**' UACC(NONE)\n");
    struct saf_result r = auth(db, "U3", "DATASET", "U3.MY.DATA", RACF_ALTER);
    ck_rc(r, 0, 0, 0);
    ck_assert_int_eq(r.decided_by, SAF_BY_HLQ);
    ck_rc(auth(db, "U3", "DATASET", "U2.MY.DATA", RACF_READ), 8, 8, 0);
    racf_db_free(db);
}
END_TEST

START_TEST(audit_options)
{
    struct racf_db *db = with("RDEF FACILITY DFLT UACC(READ)\n"
                              "RDEF FACILITY SU UACC(UPDATE) AUDIT(SUCCESS(UPDATE))\n"
                              "RDEF FACILITY NO UACC(NONE) AUDIT(NONE)\n"
                              "RDEF FACILITY AL UACC(READ) AUDIT(ALL(READ))\n");
    /* the default AUDIT(FAILURES(READ)): failures at READ and above, no successes */
    struct saf_result r = auth(db, "U3", "FACILITY", "DFLT", RACF_UPDATE);
    ck_assert(r.audit);
    ck_assert_int_eq(r.smf_qualifier, SAF_Q_INSUFFICIENT);
    ck_assert(!auth(db, "U3", "FACILITY", "DFLT", RACF_READ).audit);
    ck_assert(!auth(db, "U3", "FACILITY", "NO", RACF_EXECUTE).audit);
    ck_assert(!auth(db, "U3", "FACILITY", "SU", RACF_READ).audit);  /* success below UPDATE */
    r = auth(db, "U3", "FACILITY", "SU", RACF_UPDATE);
    ck_assert(r.audit);
    ck_assert_int_eq(r.smf_qualifier, SAF_Q_SUCCESS);
    ck_assert(!auth(db, "U3", "FACILITY", "NO", RACF_READ).audit);   /* AUDIT(NONE) */
    ck_assert(auth(db, "U3", "FACILITY", "AL", RACF_READ).audit);
    ck_assert(!auth(db, "U3", "FACILITY", "NOPROF", RACF_READ).audit); /* not protected */
    racf_db_free(db);
    /* LOGOPTIONS override the profiles */
    db = with("RDEF FACILITY DFLT UACC(READ)\nSETR LOGOPTIONS(ALWAYS(FACILITY))\n");
    ck_assert(auth(db, "U3", "FACILITY", "DFLT", RACF_READ).audit);
    ck_assert(auth(db, "U3", "FACILITY", "NOPROF", RACF_READ).audit);
    racf_db_free(db);
    db = with("RDEF FACILITY DFLT UACC(READ)\nSETR LOGOPTIONS(NEVER(FACILITY))\n");
    ck_assert(!auth(db, "U3", "FACILITY", "DFLT", RACF_UPDATE).audit);
    racf_db_free(db);
    db = with("RDEF FACILITY DFLT UACC(READ) AUDIT(NONE)\nSETR LOGOPTIONS(SUCCESSES(FACILITY))\n");
    ck_assert(auth(db, "U3", "FACILITY", "DFLT", RACF_READ).audit);
    ck_assert(!auth(db, "U3", "FACILITY", "DFLT", RACF_UPDATE).audit);
    racf_db_free(db);
    /* UAUDIT: everything the user does */
    db = with("RDEF FACILITY DFLT UACC(READ) AUDIT(NONE)\nALU U3 UAUDIT\n");
    ck_assert(auth(db, "U3", "FACILITY", "DFLT", RACF_READ).audit);
    racf_db_free(db);
}
END_TEST

START_TEST(installation_class)
{
    struct racf_db *db = with("RDEFINE CDT MYCLS CDTINFO(POSIT(300) MAXLENGTH(10) DEFAULTRC(8))\n"
                              "SETROPTS CLASSACT(MYCLS)\nRDEFINE MYCLS KNOWN UACC(READ)\n");
    ck_rc(auth(db, "U3", "MYCLS", "KNOWN", RACF_READ), 0, 0, 0);
    ck_rc(auth(db, "U3", "MYCLS", "UNKNOWN", RACF_READ), 8, 8, 0); /* DEFAULTRC(8) */
    ck_rc(auth(db, "U3", "MYCLS", "ELEVENCHARS", RACF_READ), 4, 0, 0);
    racf_db_free(db);
    db = with("RDEFINE CDT MUSTL CDTINFO(RACLIST(REQUIRED))\nSETR CLASSACT(MUSTL)\nRDEF MUSTL K UACC(READ)\n");
    ck_rc(auth(db, "U3", "MUSTL", "K", RACF_READ), 4, 0, 0);
    racf_db_free(db);
}
END_TEST

static void count_line(void *ctx, const char *line)
{
    (void)line;
    ++*(unsigned *)ctx;
}

START_TEST(explain_trail)
{
    struct racf_db *db = with("RDEF FACILITY APP.** UACC(NONE)\nRDEF FACILITY APP.X.* UACC(READ)\n");
    unsigned n = 0;
    struct saf_request rq = {.user = "U3", .cls = "FACILITY", .resource = "APP.X.Y", .access = RACF_READ,
                             .explain = count_line, .explain_ctx = &n};
    struct saf_result r;
    racf_auth(db, &rq, &r);
    ck_assert_str_eq(r.profile, "APP.X.*");
    ck_assert_uint_ge(n, 7);
    racf_db_free(db);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("racf_auth");
    TCase *tc = tcase_create("racf_auth");
    tcase_add_test(tc, discrete_beats_generic);
    tcase_add_test(tc, generics_need_setropts_generic);
    tcase_add_test(tc, most_specific_generic_wins);
    tcase_add_test(tc, user_then_group_then_idstar_then_uacc);
    tcase_add_test(tc, grplist_takes_every_group);
    tcase_add_test(tc, warning_allows_with_reason_4);
    tcase_add_test(tc, protectall_in_dataset);
    tcase_add_test(tc, restricted_skips_idstar_and_uacc);
    tcase_add_test(tc, revoked_user_is_denied);
    tcase_add_test(tc, inactive_or_unknown_class);
    tcase_add_test(tc, raclist_needs_refresh);
    tcase_add_test(tc, raclist_refresh_through_the_holder);
    tcase_add_test(tc, status_access_reports_the_level);
    tcase_add_test(tc, own_high_level_qualifier);
    tcase_add_test(tc, audit_options);
    tcase_add_test(tc, installation_class);
    tcase_add_test(tc, explain_trail);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
