/* Generic profile names: RACF's matching examples (Command Language Reference, "Generic
 * profile rules - enhanced generic naming active", and the general-resource rules), and
 * the specificity order worked out by hand. */
#include <string.h>

#include "harness.h"
#include "racf_match.h"

static void ds(const char *profile, const char *res, bool want)
{
    ck_assert_msg(racf_generic_match(profile, res, true) == want, "DATASET %s vs %s: expected %s", profile, res,
                  want ? "match" : "no match");
}

static void gr(const char *profile, const char *res, bool want)
{
    ck_assert_msg(racf_generic_match(profile, res, false) == want, "general %s vs %s: expected %s", profile, res,
                  want ? "match" : "no match");
}

START_TEST(dataset_rules_with_egn)
{
    /* an ending * stays within its qualifier */
    ds("AB.CD*", "AB.CD", true);
    ds("AB.CD*", "AB.CDEF", true);
    ds("AB.CD*", "AB.CD.EF", false);
    ds("AB.CD*", "AB.CDEF.GH", false);
    /* an ending .* is exactly one qualifier */
    ds("AB.CD.*", "AB.CD.EF", true);
    ds("AB.CD.*", "AB.CD", false);
    ds("AB.CD.*", "AB.CD.EF.GH", false);
    /* .** is zero or more qualifiers */
    ds("AB.CD.**", "AB.CD", true);
    ds("AB.CD.**", "AB.CD.EF", true);
    ds("AB.CD.**", "AB.CD.EF.GH", true);
    ds("AB.CD.**", "AB.CDEF", false);
    ds("AB.CD*.**", "AB.CD", true);
    ds("AB.CD*.**", "AB.CDEF", true);
    ds("AB.CD*.**", "AB.CDEF.GH", true);
    ds("AB.CD.*.**", "AB.CD.EF", true);
    ds("AB.CD.*.**", "AB.CD.EF.GH", true);
    ds("AB.CD.*.**", "AB.CD", false);
    /* % is one character, not a period */
    ds("AB.%D", "AB.CD", true);
    ds("AB.%D", "AB.CCD", false);
    ds("AB.%%", "AB.C", false);
    ds("AB%CD", "AB.CD", false);
    /* ** in the middle */
    ds("AB.**.XY", "AB.XY", true);
    ds("AB.**.XY", "AB.C.XY", true);
    ds("AB.**.XY", "AB.C.D.XY", true);
    ds("AB.**.XY", "AB.XYZ", false);
    ds("AB.**.XY", "AB.C.XY.Z", false);
    /* * inside a qualifier */
    ds("SYS1.*LIB", "SYS1.LINKLIB", true);
    ds("SYS1.*LIB", "SYS1.LIB", true);
    ds("SYS1.*LIB", "SYS1.LINKLIBX", false);
}
END_TEST

START_TEST(general_resource_rules)
{
    /* an ending * character: the rest of the name, qualifiers included */
    gr("ABC.DEF*", "ABC.DEF", true);
    gr("ABC.DEF*", "ABC.DEFG", true);
    gr("ABC.DEF*", "ABC.DEF.GHI", true);
    gr("ABC.DEF*", "ABC.DEFG.HI", true);
    gr("ABC.DEF*", "ABC.DE", false);
    /* an ending .* qualifier: one or more qualifiers */
    gr("ABC.DEF.*", "ABC.DEF.G", true);
    gr("ABC.DEF.*", "ABC.DEF.G.H", true);
    gr("ABC.DEF.*", "ABC.DEF", false);
    /* a * qualifier elsewhere: exactly one */
    gr("*.GHAPI", "LINUX2.GHAPI", true);
    gr("*.GHAPI", "A.B.GHAPI", false);
    gr("*.GHAPI", "GHAPI", false);
    gr("APP.*.READ", "APP.X.READ", true);
    gr("APP.*.READ", "APP.X.Y.READ", false);
    /* ** anywhere, and alone */
    gr("**", "ANYTHING.AT.ALL", true);
    gr("**", "X", true);
    gr("A.**.Z", "A.Z", true);
    gr("A.**.Z", "A.B.C.Z", true);
    gr("A.**.Z", "A.B.C", false);
    gr("**.Z", "A.B.Z", true);
    gr("**.Z", "Z", true);
    gr("APP.PAYROLL.%%%%%%", "APP.PAYROLL.REPORT", true);
    gr("APP.PAYROLL.%%%%%%", "APP.PAYROLL.REPORTS", false);
}
END_TEST

static int cmp(const char *a, const char *b)
{
    return racf_generic_compare(a, b, NULL, NULL, 0);
}

START_TEST(more_specific_wins)
{
    /* literal beats %, % beats *, * beats ** at the first difference */
    ck_assert_int_lt(cmp("APP.PAYROLL.*", "APP.**"), 0);
    ck_assert_int_gt(cmp("APP.**", "APP.PAYROLL.*"), 0);
    ck_assert_int_lt(cmp("APP.PAYROLL.*", "APP.PAY*"), 0);
    ck_assert_int_lt(cmp("APP.PAYROLL.%%%%%%", "APP.PAYROLL.*"), 0);
    ck_assert_int_lt(cmp("A.B*", "A.%C"), 0);
    ck_assert_int_lt(cmp("A.B.*", "A.B.**"), 0);
    ck_assert_int_lt(cmp("A%.B", "A*.B"), 0);
    /* a name that ends beats a rest of .** (which matches no more qualifiers here) */
    ck_assert_int_lt(cmp("AB.CD", "AB.CD.**"), 0);
    ck_assert_int_lt(cmp("AB.CD", "AB.CD*"), 0);
    /* ... but a further literal qualifier is more specific than the end */
    ck_assert_int_lt(cmp("APP.*.X", "APP.*"), 0);
    ck_assert_int_eq(cmp("A.B.*", "A.B.*"), 0);
    size_t where;
    char why[64];
    racf_generic_compare("APP.PAYROLL.*", "APP.**", &where, why, sizeof why);
    ck_assert_uint_eq(where, 4);
    ck_assert_str_eq(why, "'P' over '**'");
}
END_TEST

START_TEST(name_forms)
{
    ck_assert_ptr_null(racf_profile_name_problem("SYS1.**", true, true));
    ck_assert_ptr_null(racf_profile_name_problem("PAYROLL.MASTER.DATA", true, false));
    ck_assert_ptr_null(racf_profile_name_problem("**", false, true));
    ck_assert_ptr_null(racf_profile_name_problem("A**B", false, false)); /* discrete: any characters */
    ck_assert_str_eq(racf_profile_name_problem("SYS1", true, false), "a single qualifier (data set names have at least two)");
    ck_assert_str_eq(racf_profile_name_problem("*.X", true, true), "a generic character in the high-level qualifier");
    ck_assert_str_eq(racf_profile_name_problem("A%.X", true, true), "a generic character in the high-level qualifier");
    ck_assert_str_eq(racf_profile_name_problem("A.**.B.**", true, true), "more than one '**'");
    ck_assert_str_eq(racf_profile_name_problem("A.B**", false, true), "'**' that is not a whole qualifier");
    ck_assert_str_eq(racf_profile_name_problem("A.ABCDEFGHI", true, false), "a qualifier longer than 8 characters");
    ck_assert_str_eq(racf_profile_name_problem("A..B", true, false), "an empty qualifier");
    ck_assert_str_eq(racf_profile_name_problem("A.1B", true, false), "a character that cannot be in a data set name");
    ck_assert_str_eq(racf_profile_name_problem("A.B*", true, false), "a generic character in a discrete data set profile");
    ck_assert_str_eq(racf_profile_name_problem("A(B", false, false), "a character that cannot be in a profile name");
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("racf_match");
    TCase *tc = tcase_create("racf_match");
    tcase_add_test(tc, dataset_rules_with_egn);
    tcase_add_test(tc, general_resource_rules);
    tcase_add_test(tc, more_specific_wins);
    tcase_add_test(tc, name_forms);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
