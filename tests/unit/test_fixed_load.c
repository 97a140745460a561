/* Fixed-point loads, load and test, load positive/negative/complement, load relative long,
 * load reversed, load multiple, insert and load on condition (PoP chapter 7).  32-bit
 * results keep bits 0-31 of R1; plain loads leave the CC alone.  Expected values by hand. */
#include "test_fixed.h"

#define HIKEEP 0xAAAAAAAABBBBBBBB /* an R1 whose halves show what an instruction keeps */

static const struct fcase load_cases[] = {
    {"lr %r2,%r3", "1823", .cc_in = 3, .r2 = HIKEEP, .r3 = 0x1111111122222222, .w2 = 0xAAAAAAAA22222222, .cc = CC_SAME},
    {"lgr %r2,%r3", "B9040023", .r2 = HIKEEP, .r3 = 0x1111111122222222, .w2 = 0x1111111122222222, .cc = CC_SAME},
    {"lgfr %r2,%r3", "B9140023", .r2 = HIKEEP, .r3 = 0x80000000, .w2 = 0xFFFFFFFF80000000, .cc = CC_SAME},
    {"lhr %r2,%r3", "B9270023", .r2 = HIKEEP, .r3 = 0x12348001, .w2 = 0xAAAAAAAAFFFF8001, .cc = CC_SAME},
    {"lghr %r2,%r3", "B9070023", .r2 = HIKEEP, .r3 = 0x12348001, .w2 = 0xFFFFFFFFFFFF8001, .cc = CC_SAME},
    {"lbr %r2,%r3", "B9260023", .r2 = HIKEEP, .r3 = 0x180, .w2 = 0xAAAAAAAAFFFFFF80, .cc = CC_SAME},
    {"lgbr %r2,%r3", "B9060023", .r2 = HIKEEP, .r3 = 0x17F, .w2 = 0x7F, .cc = CC_SAME},
    {"llcr %r2,%r3", "B9940023", .r2 = HIKEEP, .r3 = 0xFFFFFFFFFFFFFF80, .w2 = 0xAAAAAAAA00000080, .cc = CC_SAME},
    {"llgcr %r2,%r3", "B9840023", .r2 = HIKEEP, .r3 = 0xFFFFFFFFFFFFFF80, .w2 = 0x80, .cc = CC_SAME},
    {"llhr %r2,%r3", "B9950023", .r2 = HIKEEP, .r3 = 0xFFFFFFFFFFFF8001, .w2 = 0xAAAAAAAA00008001, .cc = CC_SAME},
    {"llghr %r2,%r3", "B9850023", .r2 = HIKEEP, .r3 = 0xFFFFFFFFFFFF8001, .w2 = 0x8001, .cc = CC_SAME},
    {"llgfr %r2,%r3", "B9160023", .r2 = HIKEEP, .r3 = 0xFFFFFFFF80000000, .w2 = 0x80000000, .cc = CC_SAME},
    {"llgtr %r2,%r3", "B9170023", .r2 = HIKEEP, .r3 = 0xFFFFFFFFFFFFFFFF, .w2 = 0x7FFFFFFF, .cc = CC_SAME},
    {"lrvr %r2,%r3", "B91F0023", .r2 = HIKEEP, .r3 = 0x9911223344, .w2 = 0xAAAAAAAA44332211, .cc = CC_SAME},
    {"lrvgr %r2,%r3", "B90F0023", .r2 = HIKEEP, .r3 = 0x0102030405060708, .w2 = 0x0807060504030201, .cc = CC_SAME},
    {"l %r2,0(%r5)", "58205000", .r2 = HIKEEP, .mem = 0x89ABCDEF01234567, .w2 = 0xAAAAAAAA89ABCDEF, .cc = CC_SAME},
    {"ly %r2,4(%r5)", "E32050040058", .r2 = HIKEEP, .mem = 0x89ABCDEF01234567, .w2 = 0xAAAAAAAA01234567, .cc = CC_SAME},
    {"lg %r2,0(%r5)", "E32050000004", .r2 = HIKEEP, .mem = 0x89ABCDEF01234567, .w2 = 0x89ABCDEF01234567, .cc = CC_SAME},
    {"lgf %r2,0(%r5)", "E32050000014", .r2 = HIKEEP, .mem = 0x8000000000000000, .w2 = 0xFFFFFFFF80000000, .cc = CC_SAME},
    {"lh %r2,0(%r5)", "48205000", .r2 = HIKEEP, .mem = 0x8000000000000000, .w2 = 0xAAAAAAAAFFFF8000, .cc = CC_SAME},
    {"lhy %r2,2(%r5)", "E32050020078", .r2 = HIKEEP, .mem = 0x00007FFF00000000, .w2 = 0xAAAAAAAA00007FFF, .cc = CC_SAME},
    {"lgh %r2,0(%r5)", "E32050000015", .r2 = HIKEEP, .mem = 0x8000000000000000, .w2 = 0xFFFFFFFFFFFF8000, .cc = CC_SAME},
    {"lb %r2,0(%r5)", "E32050000076", .r2 = HIKEEP, .mem = 0x8000000000000000, .w2 = 0xAAAAAAAAFFFFFF80, .cc = CC_SAME},
    {"lgb %r2,1(%r5)", "E32050010077", .r2 = HIKEEP, .mem = 0x00FE000000000000, .w2 = 0xFFFFFFFFFFFFFFFE, .cc = CC_SAME},
    {"llc %r2,0(%r5)", "E32050000094", .r2 = HIKEEP, .mem = 0x8000000000000000, .w2 = 0xAAAAAAAA00000080, .cc = CC_SAME},
    {"llgc %r2,0(%r5)", "E32050000090", .r2 = HIKEEP, .mem = 0x8000000000000000, .w2 = 0x80, .cc = CC_SAME},
    {"llh %r2,0(%r5)", "E32050000095", .r2 = HIKEEP, .mem = 0x8000000000000000, .w2 = 0xAAAAAAAA00008000, .cc = CC_SAME},
    {"llgh %r2,0(%r5)", "E32050000091", .r2 = HIKEEP, .mem = 0x8000000000000000, .w2 = 0x8000, .cc = CC_SAME},
    {"llgf %r2,0(%r5)", "E32050000016", .r2 = HIKEEP, .mem = 0xFFFFFFFF00000000, .w2 = 0xFFFFFFFF, .cc = CC_SAME},
    {"llgt %r2,0(%r5)", "E32050000017", .r2 = HIKEEP, .mem = 0xFFFFFFFF00000000, .w2 = 0x7FFFFFFF, .cc = CC_SAME},
    {"lrv %r2,0(%r5)", "E3205000001E", .r2 = HIKEEP, .mem = 0x1122334400000000, .w2 = 0xAAAAAAAA44332211, .cc = CC_SAME},
    {"lrvg %r2,0(%r5)", "E3205000000F", .r2 = HIKEEP, .mem = 0x0102030405060708, .w2 = 0x0807060504030201, .cc = CC_SAME},
    /* LRVH replaces bits 48-63 only */
    {"lrvh %r2,0(%r5)", "E3205000001F", .r2 = HIKEEP, .mem = 0x1122000000000000, .w2 = 0xAAAAAAAABBBB2211, .cc = CC_SAME},
    {"ic %r2,0(%r5)", "43205000", .r2 = 0xFFFFFFFFFFFFFFFF, .mem = 0x5A00000000000000, .w2 = 0xFFFFFFFFFFFFFF5A, .cc = CC_SAME},
    {"icy %r2,7(%r5)", "E32050070073", .r2 = 0, .mem = 0xA5, .w2 = 0xA5, .cc = CC_SAME},
    /* relative long: .+57344 is DATA from H_CODE */
    {"lrl %r2,.+57344", "C42D00007000", .r2 = HIKEEP, .mem = 0x1234567800000000, .w2 = 0xAAAAAAAA12345678, .cc = CC_SAME},
    {"lgrl %r2,.+57344", "C42800007000", .r2 = HIKEEP, .mem = 0x1234567800000000, .w2 = 0x1234567800000000, .cc = CC_SAME},
    {"lgfrl %r2,.+57348", "C42C00007002", .r2 = HIKEEP, .mem = 0x80000000, .w2 = 0xFFFFFFFF80000000, .cc = CC_SAME},
    {"llgfrl %r2,.+57348", "C42E00007002", .r2 = HIKEEP, .mem = 0x80000000, .w2 = 0x80000000, .cc = CC_SAME},
    {"lhrl %r2,.+57346", "C42500007001", .r2 = HIKEEP, .mem = 0x0000800000000000, .w2 = 0xAAAAAAAAFFFF8000, .cc = CC_SAME},
    {"lghrl %r2,.+57346", "C42400007001", .r2 = HIKEEP, .mem = 0x0000800000000000, .w2 = 0xFFFFFFFFFFFF8000, .cc = CC_SAME},
    {"llhrl %r2,.+57346", "C42200007001", .r2 = HIKEEP, .mem = 0x0000800000000000, .w2 = 0xAAAAAAAA00008000, .cc = CC_SAME},
    {"llghrl %r2,.+57346", "C42600007001", .r2 = HIKEEP, .mem = 0x0000800000000000, .w2 = 0x8000, .cc = CC_SAME},
    {"lrl %r2,.+57346", "C42D00007001", .r2 = HIKEEP, .w2 = HIKEEP, .cc = CC_SAME, .pgm = PGM_SPECIFICATION},
    {"lgrl %r2,.+57348", "C42800007002", .r2 = HIKEEP, .w2 = HIKEEP, .cc = CC_SAME, .pgm = PGM_SPECIFICATION},
    {"llgfrl %r2,.+57346", "C42E00007001", .r2 = HIKEEP, .w2 = HIKEEP, .cc = CC_SAME, .pgm = PGM_SPECIFICATION},
    /* immediates */
    {"lhi %r2,-1", "A728FFFF", .r2 = HIKEEP, .w2 = 0xAAAAAAAAFFFFFFFF, .cc = CC_SAME},
    {"lghi %r2,-1", "A729FFFF", .r2 = HIKEEP, .w2 = 0xFFFFFFFFFFFFFFFF, .cc = CC_SAME},
    {"lgfi %r2,-2147483648", "C02180000000", .r2 = HIKEEP, .w2 = 0xFFFFFFFF80000000, .cc = CC_SAME},
    {"llihf %r2,0x80000001", "C02E80000001", .r2 = HIKEEP, .w2 = 0x8000000100000000, .cc = CC_SAME},
    {"llilf %r2,0x80000001", "C02F80000001", .r2 = HIKEEP, .w2 = 0x80000001, .cc = CC_SAME},
    {"llihh %r2,0x8001", "A52C8001", .r2 = HIKEEP, .w2 = 0x8001000000000000, .cc = CC_SAME},
    {"llihl %r2,0x8001", "A52D8001", .r2 = HIKEEP, .w2 = 0x0000800100000000, .cc = CC_SAME},
    {"llilh %r2,0x8001", "A52E8001", .r2 = HIKEEP, .w2 = 0x0000000080010000, .cc = CC_SAME},
    {"llill %r2,0x8001", "A52F8001", .r2 = HIKEEP, .w2 = 0x8001, .cc = CC_SAME},
    {"iihf %r2,0x12345678", "C02812345678", .r2 = HIKEEP, .w2 = 0x12345678BBBBBBBB, .cc = CC_SAME},
    {"iilf %r2,0x12345678", "C02912345678", .r2 = HIKEEP, .w2 = 0xAAAAAAAA12345678, .cc = CC_SAME},
    {"iihh %r2,0x1234", "A5201234", .r2 = HIKEEP, .w2 = 0x1234AAAABBBBBBBB, .cc = CC_SAME},
    {"iihl %r2,0x1234", "A5211234", .r2 = HIKEEP, .w2 = 0xAAAA1234BBBBBBBB, .cc = CC_SAME},
    {"iilh %r2,0x1234", "A5221234", .r2 = HIKEEP, .w2 = 0xAAAAAAAA1234BBBB, .cc = CC_SAME},
    {"iill %r2,0x1234", "A5231234", .r2 = HIKEEP, .w2 = 0xAAAAAAAABBBB1234, .cc = CC_SAME},
    /* operands across a page, and past the end of storage (R1 unchanged) */
    {"l %r2,0(%r5)", "58205000", .base = 0x10FFF, .r2 = HIKEEP, .mem = 0x0102030400000000, .w2 = 0xAAAAAAAA01020304, .cc = CC_SAME},
    {"lg %r2,0(%r5)", "E32050000004", .base = 0x10FF9, .r2 = HIKEEP, .mem = 0x0102030405060708, .w2 = 0x0102030405060708, .cc = CC_SAME},
    {"lg %r2,0(%r5)", "E32050000004", .base = 0xFFFF9, .r2 = HIKEEP, .w2 = HIKEEP, .cc = CC_SAME, .pgm = PGM_ADDRESSING},
    {"llc %r2,0(%r5)", "E32050000094", .base = 0x100000, .r2 = HIKEEP, .w2 = HIKEEP, .cc = CC_SAME, .pgm = PGM_ADDRESSING},
};

/* LOAD AND TEST: CC 0 zero, 1 negative, 2 positive.  LP/LN/LC: CC 3 and fixed-point overflow
 * for the maximum negative number (the GF forms cannot overflow). */
static const struct fcase test_cases[] = {
    {"ltr %r2,%r3", "1223", .r2 = HIKEEP, .r3 = 0x180000000, .w2 = 0xAAAAAAAA80000000, .cc = 1},
    {"ltr %r2,%r3", "1223", .r2 = HIKEEP, .r3 = 0x100000000, .w2 = 0xAAAAAAAA00000000, .cc = 0},
    {"ltgr %r2,%r3", "B9020023", .r2 = HIKEEP, .r3 = 1, .w2 = 1, .cc = 2},
    {"ltgfr %r2,%r3", "B9120023", .r2 = HIKEEP, .r3 = 0xFFFFFFFF, .w2 = 0xFFFFFFFFFFFFFFFF, .cc = 1},
    {"lt %r2,0(%r5)", "E32050000012", .cc_in = 3, .r2 = HIKEEP, .mem = 0x00000000FFFFFFFF, .w2 = 0xAAAAAAAA00000000, .cc = 0},
    {"ltg %r2,0(%r5)", "E32050000002", .r2 = HIKEEP, .mem = 0x8000000000000000, .w2 = 0x8000000000000000, .cc = 1},
    {"ltgf %r2,0(%r5)", "E32050000032", .r2 = HIKEEP, .mem = 0x7FFFFFFF00000000, .w2 = 0x7FFFFFFF, .cc = 2},
    {"lpr %r2,%r3", "1023", .r2 = HIKEEP, .r3 = 0xFFFFFFFB, .w2 = 0xAAAAAAAA00000005, .cc = 2},
    {"lpr %r2,%r3", "1023", .r2 = HIKEEP, .r3 = 0, .w2 = 0xAAAAAAAA00000000, .cc = 0},
    {"lpr %r2,%r3", "1023", .r2 = HIKEEP, .r3 = 0x80000000, .w2 = 0xAAAAAAAA80000000, .cc = 3},
    {"lpr %r2,%r3", "1023", .pm = true, .r2 = HIKEEP, .r3 = 0x80000000, .w2 = 0xAAAAAAAA80000000, .cc = 3,
     .pgm = PGM_FIXED_OVERFLOW},
    {"lnr %r2,%r3", "1123", .r2 = HIKEEP, .r3 = 5, .w2 = 0xAAAAAAAAFFFFFFFB, .cc = 1},
    {"lnr %r2,%r3", "1123", .pm = true, .r2 = HIKEEP, .r3 = 0x80000000, .w2 = 0xAAAAAAAA80000000, .cc = 1},
    {"lnr %r2,%r3", "1123", .r2 = HIKEEP, .r3 = 0, .w2 = 0xAAAAAAAA00000000, .cc = 0},
    {"lcr %r2,%r3", "1323", .r2 = HIKEEP, .r3 = 5, .w2 = 0xAAAAAAAAFFFFFFFB, .cc = 1},
    {"lcr %r2,%r3", "1323", .r2 = HIKEEP, .r3 = 0xFFFFFFFB, .w2 = 0xAAAAAAAA00000005, .cc = 2},
    {"lcr %r2,%r3", "1323", .pm = true, .r2 = HIKEEP, .r3 = 0x80000000, .w2 = 0xAAAAAAAA80000000, .cc = 3,
     .pgm = PGM_FIXED_OVERFLOW},
    {"lpgr %r2,%r3", "B9000023", .r2 = HIKEEP, .r3 = 0x8000000000000000, .w2 = 0x8000000000000000, .cc = 3},
    {"lpgr %r2,%r3", "B9000023", .r2 = HIKEEP, .r3 = 0xFFFFFFFFFFFFFFFF, .w2 = 1, .cc = 2},
    {"lngr %r2,%r3", "B9010023", .r2 = HIKEEP, .r3 = 1, .w2 = 0xFFFFFFFFFFFFFFFF, .cc = 1},
    {"lcgr %r2,%r3", "B9030023", .pm = true, .r2 = HIKEEP, .r3 = 0x8000000000000000, .w2 = 0x8000000000000000, .cc = 3,
     .pgm = PGM_FIXED_OVERFLOW},
    {"lcgr %r2,%r3", "B9030023", .r2 = HIKEEP, .r3 = 0, .w2 = 0, .cc = 0},
    /* |-2^31| = 2^31 fits in 64 bits */
    {"lpgfr %r2,%r3", "B9100023", .pm = true, .r2 = HIKEEP, .r3 = 0x80000000, .w2 = 0x80000000, .cc = 2},
    {"lngfr %r2,%r3", "B9110023", .r2 = HIKEEP, .r3 = 0x7FFFFFFF, .w2 = 0xFFFFFFFF80000001, .cc = 1},
    {"lcgfr %r2,%r3", "B9130023", .pm = true, .r2 = HIKEEP, .r3 = 0x80000000, .w2 = 0x80000000, .cc = 2},
};

/* LOAD MULTIPLE (R1 = 2, R3 = 3), INSERT CHARACTERS UNDER MASK, LOAD ON CONDITION. */
static const struct fcase multi_cases[] = {
    {"lm %r2,%r3,0(%r5)", "98235000", .r2 = 0xAAAAAAAA00000000, .r3 = 0xBBBBBBBB00000000, .mem = 0x1111111122222222,
     .w2 = 0xAAAAAAAA11111111, .c3 = true, .w3 = 0xBBBBBBBB22222222, .cc = CC_SAME},
    {"lmy %r2,%r3,4(%r5)", "EB2350040098", .mem = 0x1111111122222222, .mem2 = 0x3333333344444444, .w2 = 0x22222222, .c3 = true,
     .w3 = 0x33333333, .cc = CC_SAME},
    {"lmg %r2,%r3,0(%r5)", "EB2350000004", .mem = 0x1111111122222222, .mem2 = 0x3333333344444444, .w2 = 0x1111111122222222, .c3 = true,
     .w3 = 0x3333333344444444, .cc = CC_SAME},
    /* LMH loads bits 0-31 */
    {"lmh %r2,%r3,0(%r5)", "EB2350000096", .r2 = 0xAAAAAAAA00000001, .r3 = 0xBBBBBBBB00000002, .mem = 0x1111111122222222,
     .w2 = 0x1111111100000001, .c3 = true, .w3 = 0x2222222200000002, .cc = CC_SAME},
    {"lmg %r2,%r3,0(%r5)", "EB2350000004", .base = 0x10FF8 + 4, .mem = 0x1111111122222222, .mem2 = 0x3333333344444444,
     .w2 = 0x1111111122222222, .c3 = true, .w3 = 0x3333333344444444, .cc = CC_SAME},
    /* the second doubleword lies past the end of storage: neither register changes */
    {"lmg %r2,%r3,0(%r5)", "EB2350000004", .base = 0xFFFF8, .r2 = 1, .r3 = 2, .w2 = 1, .cc = CC_SAME, .pgm = PGM_ADDRESSING},
    /* mask 0101: bytes 1 and 3 of bits 32-63; the leftmost inserted bit is one: CC 1 */
    {"icm %r2,5,0(%r5)", "BF255000", .r2 = HIKEEP, .mem = 0x8112000000000000, .w2 = 0xAAAAAAAABB81BB12, .cc = 1},
    {"icm %r2,15,0(%r5)", "BF2F5000", .r2 = HIKEEP, .mem = 0, .w2 = 0xAAAAAAAA00000000, .cc = 0},
    {"icm %r2,3,0(%r5)", "BF235000", .r2 = HIKEEP, .mem = 0x0001000000000000, .w2 = 0xAAAAAAAABBBB0001, .cc = 2},
    {"icm %r2,0,0(%r5)", "BF205000", .cc_in = 2, .r2 = HIKEEP, .mem = 0xFF00000000000000, .w2 = HIKEEP, .cc = 0},
    {"icmy %r2,8,0(%r5)", "EB2850000081", .r2 = HIKEEP, .mem = 0xFF00000000000000, .w2 = 0xAAAAAAAAFFBBBBBB, .cc = 1},
    /* ICMH inserts into bits 0-31 */
    {"icmh %r2,8,0(%r5)", "EB2850000080", .r2 = HIKEEP, .mem = 0x7F00000000000000, .w2 = 0x7FAAAAAABBBBBBBB, .cc = 2},
    {"icm %r2,15,0(%r5)", "BF2F5000", .base = 0x10FFE, .r2 = HIKEEP, .mem = 0x0102030400000000, .w2 = 0xAAAAAAAA01020304, .cc = 2},
    {"icm %r2,7,0(%r5)", "BF275000", .base = 0xFFFFE, .cc_in = 1, .r2 = HIKEEP, .w2 = HIKEEP, .cc = CC_SAME, .pgm = PGM_ADDRESSING},
    /* load on condition: M3 is a branch mask over the CC */
    {"locr %r2,%r3,8", "B9F28023", .cc_in = 0, .r2 = HIKEEP, .r3 = 0x12345678, .w2 = 0xAAAAAAAA12345678, .cc = CC_SAME},
    {"locr %r2,%r3,8", "B9F28023", .cc_in = 1, .r2 = HIKEEP, .r3 = 0x12345678, .w2 = HIKEEP, .cc = CC_SAME},
    {"locgr %r2,%r3,1", "B9E21023", .cc_in = 3, .r2 = HIKEEP, .r3 = 0x12345678, .w2 = 0x12345678, .cc = CC_SAME},
    {"locgr %r2,%r3,14", "B9E2E023", .cc_in = 3, .r2 = HIKEEP, .r3 = 0x12345678, .w2 = HIKEEP, .cc = CC_SAME},
    {"loc %r2,0(%r5),4", "EB24500000F2", .cc_in = 1, .r2 = HIKEEP, .mem = 0x1234567800000000, .w2 = 0xAAAAAAAA12345678, .cc = CC_SAME},
    {"loc %r2,0(%r5),4", "EB24500000F2", .cc_in = 2, .r2 = HIKEEP, .mem = 0x1234567800000000, .w2 = HIKEEP, .cc = CC_SAME},
    {"locg %r2,0(%r5),2", "EB22500000E2", .cc_in = 2, .r2 = HIKEEP, .mem = 0x1234567800000000, .w2 = 0x1234567800000000, .cc = CC_SAME},
    {"locg %r2,0(%r5),2", "EB22500000E2", .base = 0x100000, .cc_in = 2, .r2 = HIKEEP, .w2 = HIKEEP, .cc = CC_SAME, .pgm = PGM_ADDRESSING},
    {"lochi %r2,-1,8", "EC28FFFF0042", .cc_in = 0, .r2 = HIKEEP, .w2 = 0xAAAAAAAAFFFFFFFF, .cc = CC_SAME},
    {"lochi %r2,-1,7", "EC27FFFF0042", .cc_in = 0, .r2 = HIKEEP, .w2 = HIKEEP, .cc = CC_SAME},
    {"locghi %r2,-2,1", "EC21FFFE0046", .cc_in = 3, .r2 = HIKEEP, .w2 = 0xFFFFFFFFFFFFFFFE, .cc = CC_SAME},
};

FCASE_TEST(loads, load_cases)
FCASE_TEST(load_and_test, test_cases)
FCASE_TEST(multiple_insert_conditional, multi_cases)

/* LOAD MULTIPLE wraps from R15 to R0: LMG 14,1 loads R14, R15, R0, R1 in that order. */
START_TEST(load_multiple_wraps)
{
    struct harness h;
    h_init(&h);
    for (unsigned i = 0; i < 4; i++)
        h_st64(&h, DATA + 8 * i, 0x1111111111111111ULL * (i + 1));
    h.cpu.gr[5] = DATA;
    h.cpu.gr[2] = 0x77;
    h_code(&h, H_CODE, "EBE150000004"); /* lmg %r14,%r1,0(%r5) */
    h_run_n(&h, 1);
    ck_assert_uint_eq(h_pgm_code(&h), 0);
    ck_assert_uint_eq(h.cpu.gr[14], 0x1111111111111111ULL);
    ck_assert_uint_eq(h.cpu.gr[15], 0x2222222222222222ULL);
    ck_assert_uint_eq(h.cpu.gr[0], 0x3333333333333333ULL);
    ck_assert_uint_eq(h.cpu.gr[1], 0x4444444444444444ULL);
    ck_assert_uint_eq(h.cpu.gr[2], 0x77);
    h_free(&h);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("fixed_load");
    TCase *tc = tcase_create("core");
    ADD_FCASES(tc, loads, load_cases);
    ADD_FCASES(tc, load_and_test, test_cases);
    ADD_FCASES(tc, multiple_insert_conditional, multi_cases);
    tcase_add_test(tc, load_multiple_wraps);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
