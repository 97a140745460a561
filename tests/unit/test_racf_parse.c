/* The RACF command loader: RACF's syntax (abbreviations, lists, quotes, continuation,
 * comments) and one numbered, line-numbered message for each kind of bad input. */
#include "harness.h"
#include "racf_test.h"

START_TEST(commands_build_the_database)
{
    struct racf_db *db = db_of("ADDGROUP PAYROLL SUPGROUP(SYS1) DATA('Payroll dept')\n"
                               "ADDUSER LINUX1 DFLTGRP(PAYROLL) OWNER(IBMUSER) NAME('Guest One')\n"
                               "ADDUSER (A B) DFLTGRP(PAYROLL)\n"
                               "CONNECT LINUX1 GROUP(SYS1) AUTHORITY(CREATE)\n"
                               "ALTUSER LINUX1 RESTRICTED SPECIAL\n"
                               "SETROPTS CLASSACT(FACILITY) GENERIC(FACILITY)\n"
                               "RDEFINE FACILITY APP.* UACC(READ) AUDIT(SUCCESS(UPDATE) FAILURES(READ)) WARNING\n"
                               "PERMIT APP.* CLASS(FACILITY) ID(LINUX1 PAYROLL *) ACCESS(UPDATE)\n"
                               "PERMIT APP.* CLASS(FACILITY) ID(A) DELETE\n"
                               "REMOVE LINUX1 GROUP(SYS1)\n"
                               "DELUSER B\n");
    const struct racf_user *u = racf_find_user(db, "linux1");
    ck_assert_ptr_nonnull(u);
    ck_assert_str_eq(u->name, "Guest One");
    ck_assert_str_eq(u->dfltgrp, "PAYROLL");
    ck_assert(u->restricted && u->special && !u->revoked);
    ck_assert_uint_eq(u->nconn, 1);
    ck_assert_ptr_nonnull(racf_find_user(db, "A"));
    ck_assert_ptr_null(racf_find_user(db, "B"));
    const struct racf_group *g = racf_find_group(db, "PAYROLL");
    ck_assert_str_eq(g->supgroup, "SYS1");
    ck_assert_str_eq(g->data, "Payroll dept");
    const struct racf_class *c = racf_find_class(db, "FACILITY");
    ck_assert(c->active && c->generic && c->gencmd);
    const struct racf_profile *p = racf_find_profile(&c->live, "APP.*", true);
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(p->uacc, RACF_READ);
    ck_assert(p->warning);
    ck_assert_int_eq(p->audit_success, RACF_UPDATE);
    ck_assert_int_eq(p->audit_failure, RACF_READ);
    ck_assert_uint_eq(p->nacl, 3);
    ck_assert_int_eq(racf_find_acl(p, "*")->access, RACF_UPDATE);
    ck_assert_ptr_null(racf_find_acl(p, "A"));
    racf_db_free(db);
}
END_TEST

START_TEST(abbreviations_and_case)
{
    /* command aliases, keyword prefixes, access-level prefixes, lower case, commas */
    struct racf_db *db = db_of("ag grp1 supg(sys1)\n"
                               "au bob dfltg(grp1) nam('Bob')\n"
                               "setr classact(facility,surrogat) generic(facility)\n");
    ck_assert(racf_find_class(db, "SURROGAT")->active);
    ck_assert_str_eq(racf_find_user(db, "BOB")->dfltgrp, "GRP1");
    racf_db_free(db);
    ck_assert_str_eq(load_error("SETR GEN(FACILITY)\n"), "x:1: E206 SETROPTS: keyword 'GEN' is ambiguous");
    db = db_of("AG GRP1\nAU BOB DFLTGRP(GRP1)\nSETR CLASSACT(FACILITY)\n"
               "RDEF FACILITY RES UACC(U)\n"
               "PE RES CL(FACILITY) ID(BOB,GRP1) AC(R)\n"
               "RALT FACILITY RES UACC(N) AUD(F(U))\n");
    const struct racf_profile *p = racf_find_profile(&racf_find_class(db, "FACILITY")->live, "RES", false);
    ck_assert_int_eq(p->uacc, RACF_NONE);
    ck_assert_int_eq(p->audit_failure, RACF_UPDATE);
    ck_assert_int_eq(p->audit_success, RACF_AUDIT_OFF);
    ck_assert_int_eq(racf_find_acl(p, "BOB")->access, RACF_READ);
    ck_assert_int_eq(racf_find_acl(p, "GRP1")->access, RACF_READ);
    ck_assert_int_eq(racf_access_parse("ALT"), RACF_ALTER);
    ck_assert_int_eq(racf_access_parse("e"), RACF_EXECUTE);
    ck_assert_int_eq(racf_access_parse("READX"), -1);
    racf_db_free(db);
}
END_TEST

START_TEST(continuation_quotes_comments)
{
    struct racf_db *db = db_of("/* a comment\n   over two lines */\n"
                               "ADDUSER JOE -\n"
                               "   NAME('O''Brien -\n"
                               "Jr') /* trailing comment */ +\n"
                               "      DATA('a+b')\n"
                               "\n"
                               "  ADDUSER ANN NAME('x /* no */')\n");
    const struct racf_user *u = racf_find_user(db, "JOE");
    ck_assert_ptr_nonnull(u);
    /* '-' keeps the next line's leading blanks; there are none before Jr */
    ck_assert_str_eq(u->name, "O'Brien Jr");
    ck_assert_str_eq(u->data, "a+b");
    ck_assert_str_eq(racf_find_user(db, "ANN")->name, "x /* no */");
    racf_db_free(db);
    /* '+' drops the next line's leading blanks inside a string, '-' keeps them */
    db = db_of("AU A NAME('ab+\n     cd')\nAU B NAME('ab-\n  cd')\n");
    ck_assert_str_eq(racf_find_user(db, "A")->name, "abcd");
    ck_assert_str_eq(racf_find_user(db, "B")->name, "ab  cd");
    racf_db_free(db);
}
END_TEST

START_TEST(errors_name_the_line)
{
    /* line numbers count comments, blank lines and continuations */
    ck_assert_str_eq(load_error("/* one\ntwo */\n\nFROB X\n"), "x:4: E204 unknown command 'FROB'");
    ck_assert_str_eq(load_error("AU A -\n NAME('x')\nAU A\n"), "x:3: E209 ADDUSER: A is already defined as a user");
    ck_assert_str_eq(load_error("AU A NAME('x\n"), "x:1: E201 a quoted string is not closed");
    ck_assert_str_eq(load_error("AU A\n/* open\n"), "x:2: E202 a comment is not closed");
    ck_assert_str_eq(load_error("AU A NAME('x'\n"), "x:1: E203 a '(' is not closed");
    ck_assert_str_eq(load_error("AU A NAME('x'))\n"), "x:1: E203 a ')' without its '('");
    ck_assert_str_eq(load_error("SETR LOGOPTIONS(A(B(C(D(E(F(G))))))))\n"), "x:1: E203 parentheses nested more than 6 deep");
    ck_assert_str_eq(load_error("'AU' A\n"), "x:1: E204 a command must start with its name");
    ck_assert_str_eq(load_error("AU A FOO(1)\n"), "x:1: E205 ADDUSER: unknown keyword 'FOO'");
    ck_assert_str_eq(load_error("AU A REVOKE\n"), "x:1: E205 ADDUSER: unknown keyword 'REVOKE'");
    ck_assert_str_eq(load_error("ALU IBMUSER RE\n"), "x:1: E206 ALTUSER: keyword 'RE' is ambiguous");
    ck_assert_str_eq(load_error("AU A DFLTGRP\n"), "x:1: E207 ADDUSER: DFLTGRP needs a value in parentheses");
    ck_assert_str_eq(load_error("AU A SPECIAL(X)\n"), "x:1: E207 ADDUSER: SPECIAL takes no value");
    ck_assert_str_eq(load_error("AU A DFLTGRP(SYS1 X)\n"), "x:1: E207 ADDUSER: DFLTGRP takes one value");
    ck_assert_str_eq(load_error("AU 9A\n"), "x:1: E208 ADDUSER: '9A' is not a valid name (1-8 of A-Z 0-9 @ # $, not a digit first)");
    ck_assert_str_eq(load_error("AU TOOLONGID\n"), "x:1: E208 ADDUSER: 'TOOLONGID' is not a valid name (1-8 of A-Z 0-9 @ # $, not a digit first)");
    ck_assert_str_eq(load_error("AG SYS1\n"), "x:1: E209 ADDGROUP: SYS1 is already defined as a group");
    ck_assert_str_eq(load_error("CO NOONE GROUP(SYS1)\n"), "x:1: E211 CONNECT: user NOONE not defined");
    ck_assert_str_eq(load_error("AU A DFLTGRP(NOGRP)\n"), "x:1: E212 DFLTGRP(NOGRP): group not defined");
    ck_assert_str_eq(load_error("RDEF NOCLASS X\n"), "x:1: E213 RDEFINE: class NOCLASS is not in the class table");
    ck_assert_str_eq(load_error("RDEF FACILITY X\nRDEF FACILITY X\n"),
                     "x:2: E214 RDEFINE: discrete profile X is already defined in class FACILITY");
    ck_assert_str_eq(load_error("PE X CLASS(FACILITY) ID(IBMUSER)\n"),
                     "x:1: E215 PERMIT: discrete profile X not defined in class FACILITY");
    ck_assert_str_eq(load_error("AD 'SYS1'\n"),
                     "x:1: E216 ADDSD: profile name 'SYS1' has a single qualifier (data set names have at least two)");
    ck_assert_str_eq(load_error("AD 'NOHLQ.DATA'\n"),
                     "x:1: E217 ADDSD: the high-level qualifier of NOHLQ.DATA is not a defined user or group");
    ck_assert_str_eq(load_error("RDEF FACILITY X UACC(WRITE)\n"),
                     "x:1: E218 UACC(WRITE): not an access level (NONE EXECUTE READ UPDATE CONTROL ALTER)");
    ck_assert_str_eq(load_error("RDEF FACILITY X AUDIT(SOMETIMES)\n"),
                     "x:1: E219 AUDIT: 'SOMETIMES' is not ALL, SUCCESS, FAILURES or NONE");
    ck_assert_str_eq(load_error("RDEF FACILITY X AUDIT(NONE ALL)\n"), "x:1: E219 AUDIT: NONE with another kind");
    ck_assert_str_eq(load_error("SETR PROTECTALL(SOMETIMES)\n"), "x:1: E220 SETROPTS PROTECTALL takes FAILURES or WARNING");
    ck_assert_str_eq(load_error("SETR RACLIST(DATASET)\n"), "x:1: E220 SETROPTS RACLIST: class DATASET cannot be RACLISTed");
    ck_assert_str_eq(load_error("SETR RACLIST(FACILITY) REFRESH\n"),
                     "x:1: E220 SETROPTS RACLIST(FACILITY) REFRESH: the class is not RACLISTed");
    ck_assert_str_eq(load_error("PERMIT X CLASS(FACILITY)\n"), "x:1: E221 PERMIT needs ID(...) or RESET");
    ck_assert_str_eq(load_error("ALU IBMUSER SPECIAL NOSPECIAL\n"), "x:1: E222 ALTUSER: SPECIAL conflicts with its opposite");
    ck_assert_str_eq(load_error("AU A NAME(X) NAME(Y)\n"), "x:1: E222 ADDUSER: NAME given twice");
    ck_assert_str_eq(load_error("AU A 'B'\n"), "x:1: E223 ADDUSER: unexpected operand 'B'");
    ck_assert_str_eq(load_error("SETR GENCMD(FACILITY)\nRDEF FACILITY X\nAD 'SYS1.*'\n"),
                     "x:3: E225 ADDSD: generic profile SYS1.* needs SETROPTS GENERIC(DATASET) or GENCMD(DATASET)");
    ck_assert_str_eq(load_error("REMOVE IBMUSER GROUP(SYS1)\n"),
                     "x:1: E226 REMOVE: SYS1 is IBMUSER's default group (ALTUSER DFLTGRP first)");
    ck_assert_str_eq(load_error("AG G\nAU A DFLTGRP(G)\nDG G\n"), "x:3: E227 DELGROUP: G has user A connected");
    ck_assert_str_eq(load_error("RDEFINE CDT C1 CDTINFO(DEFAULTRC(12))\n"),
                     "x:1: E228 CDTINFO: DEFAULTRC(12) is not supported (MAXLENGTH(1-246) DEFAULTRC(4|8) DEFAULTUACC() "
                     "GENERIC(ALLOWED|DISALLOWED) RACLIST(ALLOWED|DISALLOWED|REQUIRED) POSIT(n) CASE(UPPER))");
    ck_assert_str_eq(load_error("RDEF FACILITY ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN\n"),
                     "x:1: E231 RDEFINE: 'ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN...' is longer than 39, the longest "
                     "name in class FACILITY");
    ck_assert_str_eq(load_error("AU A NAME('abcdefghijklmnopqrstu')\n"), "x:1: E232 NAME value is longer than 20 characters");
    ck_assert_str_eq(load_error("AU A OWNER(NOBODY)\n"), "x:1: E233 OWNER(NOBODY) is not a defined user or group");
    /* more than 64 IDs in one PERMIT */
    char permit[1024] = "RDEF FACILITY X\nPE X CL(FACILITY) ID(";
    for (int i = 0; i < 65; i++)
        strcat(permit, "IBMUSER ");
    strcat(permit, ")\n");
    ck_assert_str_eq(load_error(permit), "x:2: E229 PERMIT: more than 64 IDs in one command");
    char big[] = "AU A\0B\n";
    char err[256];
    ck_assert_ptr_null(racf_db_load_text(big, sizeof big - 1, "x", 26001, err, sizeof err));
    ck_assert_str_eq(err, "x:1: E200 a NUL byte in the text");
    ck_assert_ptr_null(racf_db_load_file("/nonexistent/db.racf", 0, err, sizeof err));
    ck_assert_ptr_nonnull(strstr(err, "/nonexistent/db.racf: E200 cannot open"));
}
END_TEST

START_TEST(generic_or_discrete_by_class_state)
{
    /* in a general-resource class without GENERIC/GENCMD, a name with * is discrete */
    struct racf_db *db = db_of("RDEF FACILITY A.* UACC(READ)\nSETR GENERIC(FACILITY)\nRDEF FACILITY A.* UACC(NONE)\n");
    const struct racf_class *c = racf_find_class(db, "FACILITY");
    ck_assert_ptr_nonnull(racf_find_profile(&c->live, "A.*", false));
    ck_assert_ptr_nonnull(racf_find_profile(&c->live, "A.*", true));
    racf_db_free(db);
    /* DATASET GENERIC: a fully qualified generic profile */
    db = db_of("SETR GENERIC(DATASET)\nAD 'SYS1.PARMLIB' GENERIC UACC(READ)\nAD 'SYS1.PARMLIB'\n");
    c = racf_find_class(db, "DATASET");
    ck_assert_ptr_nonnull(racf_find_profile(&c->live, "SYS1.PARMLIB", true));
    ck_assert_ptr_nonnull(racf_find_profile(&c->live, "SYS1.PARMLIB", false));
    racf_db_free(db);
}
END_TEST

START_TEST(delete_and_alter)
{
    struct racf_db *db = db_of("SETR GENERIC(DATASET)\nAD 'SYS1.**' UACC(READ)\nALD 'SYS1.**' UACC(NONE) WARNING\n"
                               "AD 'SYS1.A' UACC(ALTER)\nDD 'SYS1.A'\n"
                               "RDEF FACILITY (P Q) UACC(READ)\nRALT FACILITY Q NOWARNING OWNER(SYS1)\nRDEL FACILITY P\n"
                               "PE 'SYS1.**' ID(IBMUSER SYS1)\nPE 'SYS1.**' RESET\n");
    const struct racf_class *ds = racf_find_class(db, "DATASET"), *fac = racf_find_class(db, "FACILITY");
    const struct racf_profile *p = racf_find_profile(&ds->live, "SYS1.**", true);
    ck_assert_int_eq(p->uacc, RACF_NONE);
    ck_assert(p->warning);
    ck_assert_uint_eq(p->nacl, 0);
    ck_assert_ptr_null(racf_find_profile(&ds->live, "SYS1.A", false));
    ck_assert_ptr_null(racf_find_profile(&fac->live, "P", false));
    ck_assert_str_eq(racf_find_profile(&fac->live, "Q", false)->owner, "SYS1");
    racf_db_free(db);
    /* a failing ALTER leaves the profile as it was */
    ck_assert_str_eq(load_error("RDEF FACILITY Q UACC(READ)\nRALT FACILITY Q UACC(NONE) OWNER(NOBODY)\n"),
                     "x:2: E233 OWNER(NOBODY) is not a defined user or group");
}
END_TEST

START_TEST(long_commands_are_refused)
{
    size_t n = RACF_MAX_COMMAND + 100;
    char *text = malloc(n + 1);
    memcpy(text, "AU A DATA('", 11);
    memset(text + 11, 'x', n - 11);
    text[n] = 0;
    char err[256];
    ck_assert_ptr_null(racf_db_load_text(text, n, "x", 26001, err, sizeof err));
    ck_assert_str_eq(err, "x:1: E224 a command longer than 65536 characters");
    free(text);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("racf_parse");
    TCase *tc = tcase_create("racf_parse");
    tcase_add_test(tc, commands_build_the_database);
    tcase_add_test(tc, abbreviations_and_case);
    tcase_add_test(tc, continuation_quotes_comments);
    tcase_add_test(tc, errors_name_the_line);
    tcase_add_test(tc, generic_or_discrete_by_class_state);
    tcase_add_test(tc, delete_and_alter);
    tcase_add_test(tc, long_commands_are_refused);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
