/* Fixed-point multiply and divide (PoP chapter 7).  The pair forms use R1 = 2 (pair 2/3);
 * an odd R1 is a specification exception, a zero divisor or an unrepresentable quotient a
 * fixed-point-divide exception (suppressed: nothing changes).  None of these set the CC.
 * Expected values by hand; the arithmetic is in the comments. */
#include "test_fixed.h"

static const struct fcase mul_cases[] = {
    /* -1 * 2 = -2 = 0xFFFFFFFF_FFFFFFFE into bits 32-63 of R1 and R1+1 */
    {"mr %r2,%r4", "1C24", .cc_in = 1, .r2 = 0xAAAAAAAA00000000, .r3 = 0xBBBBBBBBFFFFFFFF, .r4 = 2, .w2 = 0xAAAAAAAAFFFFFFFF,
     .c3 = true, .w3 = 0xBBBBBBBBFFFFFFFE, .cc = CC_SAME},
    /* (-2^31)^2 = 2^62 */
    {"mr %r2,%r4", "1C24", .r3 = 0x80000000, .r4 = 0x80000000, .w2 = 0x40000000, .c3 = true, .w3 = 0, .cc = CC_SAME},
    /* (2^31-1)^2 = 2^62 - 2^32 + 1 = 0x3FFFFFFF_00000001 */
    {"m %r2,0(%r5)", "5C205000", .r3 = 0x7FFFFFFF, .mem = 0x7FFFFFFF00000000, .w2 = 0x3FFFFFFF, .c3 = true, .w3 = 1, .cc = CC_SAME},
    /* 3 * -5 = -15 */
    {"mfy %r2,4(%r5)", "E3205004005C", .r3 = 3, .mem = 0xFFFFFFFB, .w2 = 0xFFFFFFFF, .c3 = true, .w3 = 0xFFFFFFF1, .cc = CC_SAME},
    /* (2^32-1)^2 = 2^64 - 2^33 + 1 = 0xFFFFFFFE_00000001 */
    {"mlr %r2,%r4", "B9960024", .r3 = 0xFFFFFFFF, .r4 = 0xFFFFFFFF, .w2 = 0xFFFFFFFE, .c3 = true, .w3 = 1, .cc = CC_SAME},
    {"ml %r2,0(%r5)", "E32050000096", .r3 = 0x80000000, .mem = 0x0000000200000000, .w2 = 1, .c3 = true, .w3 = 0, .cc = CC_SAME},
    /* (2^64-1)^2 = 2^128 - 2^65 + 1: high 0xFFFFFFFFFFFFFFFE, low 1 */
    {"mlgr %r2,%r4", "B9860024", .r3 = 0xFFFFFFFFFFFFFFFF, .r4 = 0xFFFFFFFFFFFFFFFF, .w2 = 0xFFFFFFFFFFFFFFFE, .c3 = true, .w3 = 1,
     .cc = CC_SAME},
    /* 2^32 * 2^32 = 2^64 */
    {"mlg %r2,0(%r5)", "E32050000086", .r2 = 0x55, .r3 = 0x100000000, .mem = 0x100000000, .w2 = 1, .c3 = true, .w3 = 0, .cc = CC_SAME},
    /* odd R1: specification, nothing changes (recognised before the access exception) */
    {"mr %r3,%r4 (hand-encoded: as refuses an odd pair)", "1C34", .cc_in = 2, .r3 = 9, .r4 = 9, .cc = CC_SAME, .pgm = PGM_SPECIFICATION},
    {"mlg %r3,0(%r5) (hand-encoded: as refuses an odd pair)", "E33050000086", .base = 0x100000, .r3 = 9, .cc = CC_SAME, .pgm = PGM_SPECIFICATION},
    {"m %r2,0(%r5)", "5C205000", .base = 0x100000, .r3 = 9, .cc = CC_SAME, .pgm = PGM_ADDRESSING},
    /* single width: the low bits of the product, bits 0-31 kept, never an overflow */
    {"msr %r2,%r3", "B2520023", .cc_in = 2, .r2 = 0xAAAAAAAA00010000, .r3 = 0x00010000, .w2 = 0xAAAAAAAA00000000, .cc = CC_SAME},
    {"msr %r2,%r3", "B2520023", .r2 = 0xFFFFFFFD, .r3 = 7, .w2 = 0xFFFFFFEB, .cc = CC_SAME},
    {"ms %r2,0(%r5)", "71205000", .pm = true, .r2 = 0x7FFFFFFF, .mem = 0x0000000200000000, .w2 = 0xFFFFFFFE, .cc = CC_SAME},
    {"msy %r2,4(%r5)", "E32050040051", .r2 = 6, .mem = 7, .w2 = 42, .cc = CC_SAME},
    {"mh %r2,0(%r5)", "4C205000", .r2 = 3, .mem = 0xFFFF000000000000, .w2 = 0xFFFFFFFD, .cc = CC_SAME},
    {"mhy %r2,2(%r5)", "E3205002007C", .r2 = 0x10000, .mem = 0x0000800000000000, .w2 = 0x80000000, .cc = CC_SAME},
    /* 2^30 * -2 = -2^31 */
    {"mhi %r2,-2", "A72CFFFE", .r2 = 0x40000000, .w2 = 0x80000000, .cc = CC_SAME},
    /* 2^16 * 2^16 = 2^32: low word 0 */
    {"msfi %r2,65536", "C22100010000", .r2 = 0x700010000, .w2 = 0x700000000, .cc = CC_SAME},
    /* 2^32 * (2^32 + 1) = 2^64 + 2^32 */
    {"msgr %r2,%r3", "B90C0023", .r2 = 0x100000000, .r3 = 0x100000001, .w2 = 0x100000000, .cc = CC_SAME},
    {"msgfr %r2,%r3", "B91C0023", .r2 = 5, .r3 = 0x12345678FFFFFFFF, .w2 = 0xFFFFFFFFFFFFFFFB, .cc = CC_SAME},
    {"mghi %r2,-1", "A72DFFFF", .pm = true, .r2 = 0x8000000000000000, .w2 = 0x8000000000000000, .cc = CC_SAME},
    {"msgfi %r2,-2147483648", "C22080000000", .r2 = 2, .w2 = 0xFFFFFFFF00000000, .cc = CC_SAME},
    {"msg %r2,0(%r5)", "E3205000000C", .r2 = 3, .mem = 0x5555555555555555, .w2 = 0xFFFFFFFFFFFFFFFF, .cc = CC_SAME},
    {"msgf %r2,0(%r5)", "E3205000001C", .r2 = 2, .mem = 0x8000000000000000, .w2 = 0xFFFFFFFF00000000, .cc = CC_SAME},
};

static const struct fcase div_cases[] = {
    /* 100 / 7 = 14 rest 2: remainder to R1, quotient to R1+1, bits 32-63 */
    {"dr %r2,%r4", "1D24", .r2 = 0x1111111100000000, .r3 = 0x2222222200000064, .r4 = 7, .w2 = 0x1111111100000002, .c3 = true,
     .w3 = 0x222222220000000E, .cc = CC_SAME},
    /* -100 / 7 = -14 rest -2 (the remainder takes the dividend's sign) */
    {"dr %r2,%r4", "1D24", .r2 = 0xFFFFFFFF, .r3 = 0xFFFFFF9C, .r4 = 7, .w2 = 0xFFFFFFFE, .c3 = true, .w3 = 0xFFFFFFF2,
     .cc = CC_SAME},
    /* 2^31 / 1 does not fit in 32 signed bits */
    {"dr %r2,%r4", "1D24", .cc_in = 3, .r2 = 0, .r3 = 0x80000000, .r4 = 1, .w2 = 0, .cc = CC_SAME, .pgm = PGM_FIXED_DIVIDE},
    {"dr %r2,%r4", "1D24", .cc_in = 1, .r2 = 0, .r3 = 5, .r4 = 0, .w2 = 0, .cc = CC_SAME, .pgm = PGM_FIXED_DIVIDE},
    /* -2^31 / -1 = 2^31: too large; -2^31 / 1 fits */
    {"dr %r2,%r4", "1D24", .r2 = 0xFFFFFFFF, .r3 = 0x80000000, .r4 = 0xFFFFFFFF, .w2 = 0xFFFFFFFF, .cc = CC_SAME,
     .pgm = PGM_FIXED_DIVIDE},
    {"dr %r2,%r4", "1D24", .r2 = 0xFFFFFFFF, .r3 = 0x80000000, .r4 = 1, .w2 = 0, .c3 = true, .w3 = 0x80000000, .cc = CC_SAME},
    /* 2^32 / 16 = 2^28 */
    {"d %r2,0(%r5)", "5D205000", .r2 = 1, .r3 = 0, .mem = 0x0000001000000000, .w2 = 0, .c3 = true, .w3 = 0x10000000, .cc = CC_SAME},
    {"dr %r3,%r4 (hand-encoded: as refuses an odd pair)", "1D34", .r3 = 1, .r4 = 1, .cc = CC_SAME, .pgm = PGM_SPECIFICATION},
    {"d %r2,0(%r5)", "5D205000", .base = 0x100000, .r3 = 1, .cc = CC_SAME, .pgm = PGM_ADDRESSING},
    /* unsigned: 2^32 / 2 = 2^31 fits; 2^33 / 2 = 2^32 does not */
    {"dlr %r2,%r4", "B9970024", .r2 = 1, .r3 = 0, .r4 = 2, .w2 = 0, .c3 = true, .w3 = 0x80000000, .cc = CC_SAME},
    {"dlr %r2,%r4", "B9970024", .r2 = 2, .r3 = 0, .r4 = 2, .w2 = 2, .cc = CC_SAME, .pgm = PGM_FIXED_DIVIDE},
    /* 0xFFFFFFFF / 16 = 0x0FFFFFFF rest 15 */
    {"dl %r2,0(%r5)", "E32050000097", .r2 = 0, .r3 = 0xFFFFFFFF, .mem = 0x0000001000000000, .w2 = 0xF, .c3 = true, .w3 = 0x0FFFFFFF,
     .cc = CC_SAME},
    /* 2^64 / 2 = 2^63 */
    {"dlgr %r2,%r4", "B9870024", .r2 = 1, .r3 = 0, .r4 = 2, .w2 = 0, .c3 = true, .w3 = 0x8000000000000000, .cc = CC_SAME},
    {"dlgr %r2,%r4", "B9870024", .r2 = 5, .r3 = 0, .r4 = 5, .w2 = 5, .cc = CC_SAME, .pgm = PGM_FIXED_DIVIDE},
    {"dlg %r2,0(%r5)", "E32050000087", .r2 = 0, .r3 = 100, .mem = 7, .w2 = 2, .c3 = true, .w3 = 14, .cc = CC_SAME},
    {"dlg %r2,0(%r5)", "E32050000087", .r2 = 0, .r3 = 100, .mem = 0, .w2 = 0, .cc = CC_SAME, .pgm = PGM_FIXED_DIVIDE},
    /* DSG: the dividend is R1+1 alone; -100 / 7 = -14 rest -2 */
    {"dsgr %r2,%r4", "B90D0024", .r2 = 0x123, .r3 = (uint64_t)-100, .r4 = 7, .w2 = (uint64_t)-2, .c3 = true, .w3 = (uint64_t)-14,
     .cc = CC_SAME},
    {"dsgr %r2,%r4", "B90D0024", .r2 = 0x123, .r3 = 0x8000000000000000, .r4 = (uint64_t)-1, .w2 = 0x123, .cc = CC_SAME,
     .pgm = PGM_FIXED_DIVIDE},
    /* DSGFR: the low word of R2 sign-extended: 100 / -7 = -14 rest 2 */
    {"dsgfr %r2,%r4", "B91D0024", .r3 = 100, .r4 = 0xFFFFFFF9, .w2 = 2, .c3 = true, .w3 = (uint64_t)-14, .cc = CC_SAME},
    {"dsg %r2,0(%r5)", "E3205000000D", .r3 = 100, .mem = 0, .cc = CC_SAME, .pgm = PGM_FIXED_DIVIDE},
    {"dsgf %r2,0(%r5)", "E3205000001D", .r3 = 0x8000000000000000, .mem = 0xFFFFFFFF00000000, .cc = CC_SAME, .pgm = PGM_FIXED_DIVIDE},
    {"dsgf %r2,0(%r5)", "E3205000001D", .r3 = 0x8000000000000000, .mem = 0x0000000200000000, .w2 = 0, .c3 = true,
     .w3 = 0xC000000000000000, .cc = CC_SAME},
    {"dsgr %r3,%r4 (hand-encoded: as refuses an odd pair)", "B90D0034", .r3 = 1, .r4 = 1, .cc = CC_SAME, .pgm = PGM_SPECIFICATION},
    {"dlg %r3,0(%r5) (hand-encoded: as refuses an odd pair)", "E33050000087", .r3 = 1, .mem = 1, .cc = CC_SAME, .pgm = PGM_SPECIFICATION},
};

FCASE_TEST(multiply, mul_cases)
FCASE_TEST(divide, div_cases)

static Suite *make_suite(void)
{
    Suite *s = suite_create("fixed_muldiv");
    TCase *tc = tcase_create("core");
    ADD_FCASES(tc, multiply, mul_cases);
    ADD_FCASES(tc, divide, div_cases);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
