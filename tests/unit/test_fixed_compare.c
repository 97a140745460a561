/* Fixed-point COMPARE, COMPARE LOGICAL and TEST UNDER MASK (PoP chapter 7).  CC 0 equal,
 * 1 first operand low, 2 high; registers and storage never change.  Expected values by hand.
 * The relative-long forms run at H_CODE = 0x2000: .+57344 (0xE000) addresses DATA. */
#include "test_fixed.h"

static const struct fcase signed_cases[] = {
    /* 1 > -1 in bits 32-63; bits 0-31 ignored */
    {"cr %r2,%r3", "1923", .r2 = 0xFFFFFFFF00000001, .r3 = 0xFFFFFFFF, .w2 = 0xFFFFFFFF00000001, .cc = 2},
    {"cr %r2,%r3", "1923", .r2 = 0x100000005, .r3 = 5, .w2 = 0x100000005, .cc = 0},
    {"cgr %r2,%r3", "B9200023", .r2 = 0xFFFFFFFFFFFFFFFF, .r3 = 1, .w2 = 0xFFFFFFFFFFFFFFFF, .cc = 1},
    {"cgfr %r2,%r3", "B9300023", .r2 = 0xFFFFFFFFFFFFFFFF, .r3 = 0x12345678FFFFFFFF, .w2 = 0xFFFFFFFFFFFFFFFF, .cc = 0},
    {"chi %r2,-1", "A72EFFFF", .r2 = 0x5FFFFFFFF, .w2 = 0x5FFFFFFFF, .cc = 0},
    {"cfi %r2,-2147483648", "C22D80000000", .r2 = 0x80000000, .w2 = 0x80000000, .cc = 0},
    {"cfi %r2,-2147483648", "C22D80000000", .r2 = 0x7FFFFFFF, .w2 = 0x7FFFFFFF, .cc = 2},
    /* 4294967295 > -1 in 64 bits */
    {"cghi %r2,-1", "A72FFFFF", .r2 = 0xFFFFFFFF, .w2 = 0xFFFFFFFF, .cc = 2},
    {"cgfi %r2,2147483647", "C22C7FFFFFFF", .r2 = 0x80000000, .w2 = 0x80000000, .cc = 2},
    {"c %r2,0(%r5)", "59205000", .r2 = 0x80000000, .mem = 0x7FFFFFFF00000000, .w2 = 0x80000000, .cc = 1},
    {"cy %r2,4(%r5)", "E32050040059", .r2 = 5, .mem = 5, .w2 = 5, .cc = 0},
    {"cg %r2,0(%r5)", "E32050000020", .r2 = 1, .mem = 0x8000000000000000, .w2 = 1, .cc = 2},
    {"cgf %r2,0(%r5)", "E32050000030", .r2 = 0xFFFFFFFF80000000, .mem = 0x8000000000000000, .w2 = 0xFFFFFFFF80000000, .cc = 0},
    {"ch %r2,0(%r5)", "49205000", .r2 = 0xFFFF8000, .mem = 0x8000000000000000, .w2 = 0xFFFF8000, .cc = 0},
    {"chy %r2,2(%r5)", "E32050020079", .r2 = 0, .mem = 0x0000000100000000, .w2 = 0, .cc = 1},
    {"cgh %r2,0(%r5)", "E32050000034", .r2 = 0xFFFFFFFFFFFF8000, .mem = 0x8000000000000000, .w2 = 0xFFFFFFFFFFFF8000, .cc = 0},
    {"chhsi 0(%r5),-1", "E5545000FFFF", .mem = 0xFFFF000000000000, .cc = 0},
    {"chhsi 0(%r5),1", "E55450000001", .mem = 0x8000000000000000, .cc = 1},
    {"chsi 0(%r5),-32768", "E55C50008000", .mem = 0xFFFF800000000000, .cc = 0},
    {"chsi 0(%r5),1", "E55C50000001", .mem = 0x7FFFFFFF00000000, .cc = 2},
    {"cghsi 0(%r5),-1", "E5585000FFFF", .mem = 0xFFFFFFFFFFFFFFFF, .cc = 0},
    {"cghsi 0(%r5),-1", "E5585000FFFF", .mem = 0xFFFFFFFF, .cc = 2},
    {"crl %r2,.+57344", "C62D00007000", .r2 = 0xFFFFFFFF, .mem = 0x0000000100000000, .w2 = 0xFFFFFFFF, .cc = 1},
    {"cgrl %r2,.+57344", "C62800007000", .r2 = 0, .mem = 0xFFFFFFFFFFFFFFFF, .w2 = 0, .cc = 2},
    {"cgfrl %r2,.+57344", "C62C00007000", .r2 = 0xFFFFFFFFFFFFFFFF, .mem = 0xFFFFFFFF00000000, .w2 = 0xFFFFFFFFFFFFFFFF, .cc = 0},
    {"chrl %r2,.+57346", "C62500007001", .r2 = 0x1FFFFFFFF, .mem = 0x0000FFFF00000000, .w2 = 0x1FFFFFFFF, .cc = 0},
    {"cghrl %r2,.+57344", "C62400007000", .r2 = 0x8000, .mem = 0x7FFF000000000000, .w2 = 0x8000, .cc = 2},
    /* word and doubleword operands of the RL forms must be aligned */
    {"crl %r2,.+57346", "C62D00007001", .cc_in = 2, .cc = CC_SAME, .pgm = PGM_SPECIFICATION},
    {"cgrl %r2,.+57348", "C62800007002", .cc_in = 1, .cc = CC_SAME, .pgm = PGM_SPECIFICATION},
    {"cgfrl %r2,.+57346", "C62C00007001", .cc_in = 1, .cc = CC_SAME, .pgm = PGM_SPECIFICATION},
};

static const struct fcase logical_cases[] = {
    {"clr %r2,%r3", "1523", .r2 = 0xFFFFFFFF, .r3 = 1, .w2 = 0xFFFFFFFF, .cc = 2},
    {"clr %r2,%r3", "1523", .r2 = 0x100000000, .r3 = 1, .w2 = 0x100000000, .cc = 1},
    {"clgr %r2,%r3", "B9210023", .r2 = 0x8000000000000000, .r3 = 1, .w2 = 0x8000000000000000, .cc = 2},
    {"clgfr %r2,%r3", "B9310023", .r2 = 0xFFFFFFFF, .r3 = 0xFFFFFFFFFFFFFFFF, .w2 = 0xFFFFFFFF, .cc = 0},
    {"clfi %r2,4294967295", "C22FFFFFFFFF", .r2 = 0xFFFFFFFF, .w2 = 0xFFFFFFFF, .cc = 0},
    {"clfi %r2,4294967295", "C22FFFFFFFFF", .r2 = 0, .w2 = 0, .cc = 1},
    {"clgfi %r2,4294967295", "C22EFFFFFFFF", .r2 = 0xFFFFFFFFFFFFFFFF, .w2 = 0xFFFFFFFFFFFFFFFF, .cc = 2},
    {"cl %r2,0(%r5)", "55205000", .r2 = 1, .mem = 0x8000000000000000, .w2 = 1, .cc = 1},
    {"cly %r2,4(%r5)", "E32050040055", .r2 = 0x80000000, .mem = 0x7FFFFFFF, .w2 = 0x80000000, .cc = 2},
    {"clg %r2,0(%r5)", "E32050000021", .r2 = 0xFFFFFFFFFFFFFFFE, .mem = 0xFFFFFFFFFFFFFFFF, .w2 = 0xFFFFFFFFFFFFFFFE, .cc = 1},
    {"clgf %r2,0(%r5)", "E32050000031", .r2 = 0xFFFFFFFF, .mem = 0xFFFFFFFF00000000, .w2 = 0xFFFFFFFF, .cc = 0},
    {"clhhsi 0(%r5),65535", "E5555000FFFF", .mem = 0xFFFF000000000000, .cc = 0},
    {"clhhsi 0(%r5),1", "E55550000001", .mem = 0x8000000000000000, .cc = 2},
    /* the immediate is zero-extended: 0xFFFFFFFF > 0x0000FFFF */
    {"clfhsi 0(%r5),65535", "E55D5000FFFF", .mem = 0xFFFFFFFF00000000, .cc = 2},
    {"clghsi 0(%r5),32768", "E55950008000", .mem = 0x8000, .cc = 0},
    {"clrl %r2,.+57344", "C62F00007000", .r2 = 2, .mem = 0x0000000100000000, .w2 = 2, .cc = 2},
    {"clgrl %r2,.+57344", "C62A00007000", .r2 = 2, .mem = 2, .w2 = 2, .cc = 0},
    {"clgfrl %r2,.+57344", "C62E00007000", .r2 = 0x100000000, .mem = 0xFFFFFFFF00000000, .w2 = 0x100000000, .cc = 2},
    {"clhrl %r2,.+57344", "C62700007000", .r2 = 0xFFFF, .mem = 0xFFFF000000000000, .w2 = 0xFFFF, .cc = 0},
    {"clhrl %r2,.+57344", "C62700007000", .r2 = 0xFFFFFFFF, .mem = 0xFFFF000000000000, .w2 = 0xFFFFFFFF, .cc = 2},
    {"clghrl %r2,.+57344", "C62600007000", .r2 = 0x7FFF, .mem = 0x8000000000000000, .w2 = 0x7FFF, .cc = 1},
    {"clrl %r2,.+57346", "C62F00007001", .cc_in = 3, .cc = CC_SAME, .pgm = PGM_SPECIFICATION},
    {"clgrl %r2,.+57348", "C62A00007002", .cc_in = 3, .cc = CC_SAME, .pgm = PGM_SPECIFICATION},
    {"cli 0(%r5),128", "95805000", .mem = 0x7F00000000000000, .cc = 1},
    {"cliy 1(%r5),0", "EB0050010055", .mem = 0xFF00000000000000, .cc = 0},
    /* mask 0101 selects bytes 1 and 3 of bits 32-63: 0x22, 0x44 against 0x22, 0x44 / 0x45 */
    {"clm %r2,5,0(%r5)", "BD255000", .r2 = 0x11223344, .mem = 0x2244000000000000, .w2 = 0x11223344, .cc = 0},
    {"clm %r2,5,0(%r5)", "BD255000", .r2 = 0x11223344, .mem = 0x2245000000000000, .w2 = 0x11223344, .cc = 1},
    {"clmy %r2,8,0(%r5)", "EB2850000021", .r2 = 0x80000000, .mem = 0x7F00000000000000, .w2 = 0x80000000, .cc = 2},
    /* CLMH compares bits 0-31 */
    {"clmh %r2,15,0(%r5)", "EB2F50000020", .r2 = 0xAABBCCDD00000000, .mem = 0xAABBCCDE00000000, .w2 = 0xAABBCCDD00000000, .cc = 1},
    /* the four bytes straddle a page */
    {"clm %r2,15,0(%r5)", "BD2F5000", .base = 0x10FFE, .r2 = 0x01020304, .mem = 0x0102030400000000, .w2 = 0x01020304, .cc = 0},
    {"cg %r2,0(%r5)", "E32050000020", .base = 0x10FFA, .r2 = 5, .mem = 5, .w2 = 5, .cc = 0},
    {"c %r2,0(%r5)", "59205000", .base = 0x100000, .cc_in = 2, .r2 = 1, .w2 = 1, .cc = CC_SAME, .pgm = PGM_ADDRESSING},
    {"clghsi 0(%r5),0", "E55950000000", .base = 0xFFFFC, .cc_in = 1, .cc = CC_SAME, .pgm = PGM_ADDRESSING},
};

/* TM: 0 selected bits zero (or mask zero), 1 mixed, 3 all ones; TMxx: mixed gives 2 when the
 * leftmost selected bit is one, else 1. */
static const struct fcase tm_cases[] = {
    {"tm 0(%r5),129", "91815000", .mem = 0x8100000000000000, .cc = 3},
    {"tm 0(%r5),129", "91815000", .mem = 0x8000000000000000, .cc = 1},
    {"tm 0(%r5),129", "91815000", .mem = 0x7E00000000000000, .cc = 0},
    {"tm 0(%r5),0", "91005000", .mem = 0xFF00000000000000, .cc = 0},
    {"tmy 3(%r5),1", "EB0150030051", .mem = 0x0000000100000000, .cc = 3},
    {"tmll %r2,0x8001", "A7218001", .r2 = 0x8000, .w2 = 0x8000, .cc = 2},
    {"tmll %r2,0x8001", "A7218001", .r2 = 0x0001, .w2 = 0x0001, .cc = 1},
    {"tmll %r2,0x8001", "A7218001", .r2 = 0x8001, .w2 = 0x8001, .cc = 3},
    {"tmll %r2,0x8001", "A7218001", .r2 = 0xFFFFFFFFFFFF7FFE, .w2 = 0xFFFFFFFFFFFF7FFE, .cc = 0},
    {"tmll %r2,0", "A7210000", .r2 = 0xFFFF, .w2 = 0xFFFF, .cc = 0},
    /* bits 32-47 = 0x0030 under 0x00F0: mixed, leftmost selected bit (0x0080) zero */
    {"tmlh %r2,0x00F0", "A72000F0", .r2 = 0x0000000000300000, .w2 = 0x0000000000300000, .cc = 1},
    {"tmhh %r2,0xFFFF", "A722FFFF", .r2 = 0xFFFF000000000000, .w2 = 0xFFFF000000000000, .cc = 3},
    /* bits 16-31 = 0x0200 under 0x0300: mixed, leftmost selected bit (0x0200) one */
    {"tmhl %r2,0x0300", "A7230300", .r2 = 0x0000020000000000, .w2 = 0x0000020000000000, .cc = 2},
};

FCASE_TEST(signed_compare, signed_cases)
FCASE_TEST(logical_compare, logical_cases)
FCASE_TEST(test_under_mask, tm_cases)

static Suite *make_suite(void)
{
    Suite *s = suite_create("fixed_compare");
    TCase *tc = tcase_create("core");
    ADD_FCASES(tc, signed_compare, signed_cases);
    ADD_FCASES(tc, logical_compare, logical_cases);
    ADD_FCASES(tc, test_under_mask, tm_cases);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
