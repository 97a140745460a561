/* Fixed-point AND, OR, EXCLUSIVE OR (PoP chapter 7): CC 0 for a zero result (or zero
 * immediate field), 1 otherwise; 32-bit forms keep bits 0-31.  Expected values by hand. */
#include "test_fixed.h"

static const struct fcase cases[] = {
    /* F0F0F0F0 & 0FF00FF0 = 00F000F0 */
    {"nr %r2,%r3", "1423", .r2 = 0x11111111F0F0F0F0, .r3 = 0x222222220FF00FF0, .w2 = 0x1111111100F000F0, .cc = 1},
    {"nr %r2,%r3", "1423", .r2 = 0x11111111F0F0F0F0, .r3 = 0x0F0F0F0F, .w2 = 0x1111111100000000, .cc = 0},
    {"ngr %r2,%r3", "B9800023", .r2 = 0xFF00FF00FF00FF00, .r3 = 0x0F0F0F0F0F0F0F0F, .w2 = 0x0F000F000F000F00, .cc = 1},
    {"nrk %r2,%r3,%r4", "B9F44023", .r2 = 0x9900000000000000, .r3 = 0xFFFFFFFF, .r4 = 0x1234, .w2 = 0x9900000000001234, .cc = 1},
    {"ngrk %r2,%r3,%r4", "B9E44023", .r2 = 5, .r3 = 0xAAAAAAAAAAAAAAAA, .r4 = 0x5555555555555555, .w2 = 0, .cc = 0},
    {"n %r2,0(%r5)", "54205000", .r2 = 0xFFFFFFFF, .mem = 0x8000000100000000, .w2 = 0x80000001, .cc = 1},
    {"ny %r2,4(%r5)", "E32050040054", .r2 = 0x700000001, .mem = 0x2, .w2 = 0x700000000, .cc = 0},
    {"ng %r2,0(%r5)", "E32050000080", .r2 = 0xFFFFFFFFFFFFFFFF, .mem = 0x8000000000000000, .w2 = 0x8000000000000000, .cc = 1},
    {"or %r2,%r3", "1623", .r2 = 0x4400000000000000, .r3 = 0xFFFFFFFF00000000, .w2 = 0x4400000000000000, .cc = 0},
    {"or %r2,%r3", "1623", .r2 = 0x00F0, .r3 = 0x0F00, .w2 = 0x0FF0, .cc = 1},
    {"ogr %r2,%r3", "B9810023", .r2 = 0x8000000000000000, .r3 = 1, .w2 = 0x8000000000000001, .cc = 1},
    {"ork %r2,%r3,%r4", "B9F64023", .r2 = 0xFFFFFFFFFFFFFFFF, .r3 = 0, .r4 = 0, .w2 = 0xFFFFFFFF00000000, .cc = 0},
    {"ogrk %r2,%r3,%r4", "B9E64023", .r3 = 0x1000000000000000, .r4 = 0x0000000000000001, .w2 = 0x1000000000000001, .cc = 1},
    {"o %r2,0(%r5)", "56205000", .r2 = 0x10, .mem = 0x0000010000000000, .w2 = 0x110, .cc = 1},
    {"oy %r2,0(%r5)", "E32050000056", .r2 = 0, .mem = 0, .w2 = 0, .cc = 0},
    {"og %r2,0(%r5)", "E32050000081", .r2 = 0x0101010101010101, .mem = 0x8080808080808080, .w2 = 0x8181818181818181, .cc = 1},
    /* x ^ x = 0: the XR idiom that clears a register */
    {"xr %r2,%r2", "1722", .r2 = 0xABCDEF0112345678, .w2 = 0xABCDEF0100000000, .cc = 0},
    {"xgr %r2,%r3", "B9820023", .r2 = 0xFFFF0000FFFF0000, .r3 = 0xFFFFFFFF00000000, .w2 = 0x0000FFFFFFFF0000, .cc = 1},
    {"xrk %r2,%r3,%r4", "B9F74023", .r3 = 0x5A5A5A5A, .r4 = 0xFFFFFFFF, .w2 = 0xA5A5A5A5, .cc = 1},
    {"xgrk %r2,%r3,%r4", "B9E74023", .r3 = 7, .r4 = 7, .w2 = 0, .cc = 0},
    {"x %r2,0(%r5)", "57205000", .r2 = 0x80000000, .mem = 0x8000000000000000, .w2 = 0, .cc = 0},
    {"xy %r2,4(%r5)", "E32050040057", .r2 = 0x1, .mem = 0x3, .w2 = 0x2, .cc = 1},
    {"xg %r2,0(%r5)", "E32050000082", .r2 = 0x0F, .mem = 0xF0, .w2 = 0xFF, .cc = 1},
    /* storage immediate: the byte is updated in place, the CC from the new byte */
    {"ni 0(%r5),15", "940F5000", .mem = 0xF0F0000000000000, .cmem = true, .wmem = 0x00F0000000000000, .cc = 0},
    {"niy 1(%r5),240", "EBF050010054", .mem = 0xF0F8000000000000, .cmem = true, .wmem = 0xF0F0000000000000, .cc = 1},
    {"oi 0(%r5),128", "96805000", .mem = 0x0100000000000000, .cmem = true, .wmem = 0x8100000000000000, .cc = 1},
    {"oiy 7(%r5),0", "EB0050070056", .mem = 0, .cmem = true, .wmem = 0, .cc = 0},
    {"xi 0(%r5),255", "97FF5000", .mem = 0xFF00000000000000, .cmem = true, .wmem = 0x0000000000000000, .cc = 0},
    {"xiy 7(%r5),1", "EB0150070057", .mem = 0x22, .cmem = true, .wmem = 0x23, .cc = 1},
    /* immediate fields: only the addressed field changes, CC from that field */
    {"nihf %r2,0x0000FFFF", "C02A0000FFFF", .r2 = 0x12345678ABCDEF01, .w2 = 0x00005678ABCDEF01, .cc = 1},
    {"nilf %r2,0", "C02B00000000", .r2 = 0x12345678ABCDEF01, .w2 = 0x1234567800000000, .cc = 0},
    {"nihh %r2,0xF00F", "A524F00F", .r2 = 0x12345678ABCDEF01, .w2 = 0x10045678ABCDEF01, .cc = 1},
    {"nihl %r2,0", "A5250000", .r2 = 0x12345678ABCDEF01, .w2 = 0x12340000ABCDEF01, .cc = 0},
    {"nilh %r2,0x00FF", "A52600FF", .r2 = 0x12345678ABCDEF01, .w2 = 0x1234567800CDEF01, .cc = 1},
    /* the field result 0x0000 gives CC 0 although the register is not zero */
    {"nill %r2,0x00FE", "A52700FE", .r2 = 0x12345678ABCDEF01, .w2 = 0x12345678ABCD0000, .cc = 0},
    {"oihf %r2,0x80000000", "C02C80000000", .r2 = 1, .w2 = 0x8000000000000001, .cc = 1},
    {"oilf %r2,0", "C02D00000000", .r2 = 0xFFFFFFFF00000000, .w2 = 0xFFFFFFFF00000000, .cc = 0},
    {"oihh %r2,0x1234", "A5281234", .r2 = 0, .w2 = 0x1234000000000000, .cc = 1},
    {"oihl %r2,0x0001", "A5290001", .r2 = 0xFFFF0000FFFFFFFF, .w2 = 0xFFFF0001FFFFFFFF, .cc = 1},
    {"oilh %r2,0", "A52A0000", .r2 = 0xFFFFFFFF0000FFFF, .w2 = 0xFFFFFFFF0000FFFF, .cc = 0},
    {"oill %r2,0x8000", "A52B8000", .r2 = 0, .w2 = 0x8000, .cc = 1},
    {"xihf %r2,0xFFFFFFFF", "C026FFFFFFFF", .r2 = 0xFFFFFFFF00000001, .w2 = 0x0000000000000001, .cc = 0},
    {"xilf %r2,0xFFFFFFFF", "C027FFFFFFFF", .r2 = 0x1234567800000000, .w2 = 0x12345678FFFFFFFF, .cc = 1},
    /* page crossing and addressing */
    {"n %r2,0(%r5)", "54205000", .base = 0x10FFD, .r2 = 0xFFFFFFFF, .mem = 0x0102030400000000, .w2 = 0x01020304, .cc = 1},
    {"ni 0(%r5),0", "94005000", .base = 0x100000, .cc_in = 3, .cc = CC_SAME, .pgm = PGM_ADDRESSING},
    {"xg %r2,0(%r5)", "E32050000082", .base = 0xFFFFC, .r2 = 1, .w2 = 1, .cc_in = 1, .cc = CC_SAME, .pgm = PGM_ADDRESSING},
};

FCASE_TEST(boolean, cases)

static Suite *make_suite(void)
{
    Suite *s = suite_create("fixed_logical");
    TCase *tc = tcase_create("core");
    ADD_FCASES(tc, boolean, cases);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
