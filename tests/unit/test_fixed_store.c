/* Fixed-point stores (PoP chapter 7): STORE, STORE RELATIVE LONG, STORE REVERSED, STORE
 * MULTIPLE, STORE CHARACTERS UNDER MASK, MOVE (halfword immediate), STORE ON CONDITION.
 * No store sets the CC.  Storage starts as all ones so every stored byte shows. */
#include "test_fixed.h"

#define ONES 0xFFFFFFFFFFFFFFFF
#define R2V 0xAAAAAAAA12345678

static const struct fcase cases[] = {
    {"st %r2,0(%r5)", "50205000", .cc_in = 2, .r2 = R2V, .w2 = R2V, .mem = ONES, .cmem = true, .wmem = 0x12345678FFFFFFFF,
     .cc = CC_SAME},
    {"sty %r2,4(%r5)", "E32050040050", .r2 = R2V, .w2 = R2V, .mem = ONES, .cmem = true, .wmem = 0xFFFFFFFF12345678, .cc = CC_SAME},
    {"stg %r2,0(%r5)", "E32050000024", .r2 = R2V, .w2 = R2V, .mem = ONES, .cmem = true, .wmem = R2V, .cc = CC_SAME},
    {"sth %r2,0(%r5)", "40205000", .r2 = R2V, .w2 = R2V, .mem = ONES, .cmem = true, .wmem = 0x5678FFFFFFFFFFFF, .cc = CC_SAME},
    {"sthy %r2,6(%r5)", "E32050060070", .r2 = R2V, .w2 = R2V, .mem = ONES, .cmem = true, .wmem = 0xFFFFFFFFFFFF5678, .cc = CC_SAME},
    {"stc %r2,0(%r5)", "42205000", .r2 = R2V, .w2 = R2V, .mem = ONES, .cmem = true, .wmem = 0x78FFFFFFFFFFFFFF, .cc = CC_SAME},
    {"stcy %r2,7(%r5)", "E32050070072", .r2 = R2V, .w2 = R2V, .mem = ONES, .cmem = true, .wmem = 0xFFFFFFFFFFFFFF78, .cc = CC_SAME},
    {"strv %r2,0(%r5)", "E3205000003E", .r2 = R2V, .w2 = R2V, .mem = ONES, .cmem = true, .wmem = 0x78563412FFFFFFFF, .cc = CC_SAME},
    {"strvg %r2,0(%r5)", "E3205000002F", .r2 = 0x0102030405060708, .w2 = 0x0102030405060708, .mem = ONES, .cmem = true,
     .wmem = 0x0807060504030201, .cc = CC_SAME},
    {"strvh %r2,0(%r5)", "E3205000003F", .r2 = R2V, .w2 = R2V, .mem = ONES, .cmem = true, .wmem = 0x7856FFFFFFFFFFFF, .cc = CC_SAME},
    /* relative long: .+57344 is DATA from H_CODE */
    {"strl %r2,.+57344", "C42F00007000", .r2 = R2V, .w2 = R2V, .mem = ONES, .cmem = true, .wmem = 0x12345678FFFFFFFF, .cc = CC_SAME},
    {"stgrl %r2,.+57344", "C42B00007000", .r2 = R2V, .w2 = R2V, .mem = ONES, .cmem = true, .wmem = R2V, .cc = CC_SAME},
    {"sthrl %r2,.+57346", "C42700007001", .r2 = R2V, .w2 = R2V, .mem = ONES, .cmem = true, .wmem = 0xFFFF5678FFFFFFFF, .cc = CC_SAME},
    {"strl %r2,.+57346", "C42F00007001", .r2 = R2V, .w2 = R2V, .mem = ONES, .cc = CC_SAME, .pgm = PGM_SPECIFICATION},
    {"stgrl %r2,.+57348", "C42B00007002", .r2 = R2V, .w2 = R2V, .mem = ONES, .cc = CC_SAME, .pgm = PGM_SPECIFICATION},
    /* MOVE: the halfword immediate sign-extended to the operand size */
    {"mvhi 0(%r5),-2", "E54C5000FFFE", .mem = 0, .cmem = true, .wmem = 0xFFFFFFFE00000000, .cc = CC_SAME},
    {"mvghi 0(%r5),-32768", "E54850008000", .mem = 0, .cmem = true, .wmem = 0xFFFFFFFFFFFF8000, .cc = CC_SAME},
    {"mvhhi 2(%r5),0x1234", "E54450021234", .mem = 0, .cmem = true, .wmem = 0x0000123400000000, .cc = CC_SAME},
    {"mvi 0(%r5),0x80", "92805000", .mem = ONES, .cmem = true, .wmem = 0x80FFFFFFFFFFFFFF, .cc = CC_SAME},
    {"mviy 7(%r5),0x12", "EB1250070052", .mem = ONES, .cmem = true, .wmem = 0xFFFFFFFFFFFFFF12, .cc = CC_SAME},
    {"mvi 0(%r5),0", "92005000", .base = 0x100000, .cc_in = 2, .cc = CC_SAME, .pgm = PGM_ADDRESSING},
    /* PREFETCH DATA is a hint: no access, no exception even past the end of storage */
    {"pfd 1,0(%r5)", "E31050000036", .base = 0x100000, .cc_in = 1, .cc = CC_SAME},
    {"pfdrl 2,.+0x200000", "C62200100000", .mem = ONES, .cc = CC_SAME},
    /* STORE MULTIPLE: bits 32-63 (STM), 0-63 (STMG), 0-31 (STMH) of R1..R3 */
    {"stm %r2,%r3,0(%r5)", "90235000", .r2 = 0xAAAAAAAA11111111, .r3 = 0xBBBBBBBB22222222, .w2 = 0xAAAAAAAA11111111, .mem = ONES,
     .cmem = true, .wmem = 0x1111111122222222, .cc = CC_SAME},
    {"stmy %r2,%r2,4(%r5)", "EB2250040090", .r2 = 0xAAAAAAAA11111111, .w2 = 0xAAAAAAAA11111111, .mem = ONES, .cmem = true,
     .wmem = 0xFFFFFFFF11111111, .cc = CC_SAME},
    {"stmg %r2,%r2,0(%r5)", "EB2250000024", .r2 = R2V, .w2 = R2V, .mem = ONES, .cmem = true, .wmem = R2V, .cc = CC_SAME},
    {"stmh %r2,%r3,0(%r5)", "EB2350000026", .r2 = 0xAAAAAAAA11111111, .r3 = 0xBBBBBBBB22222222, .w2 = 0xAAAAAAAA11111111, .mem = ONES,
     .cmem = true, .wmem = 0xAAAAAAAABBBBBBBB, .cc = CC_SAME},
    /* STCM: mask 0101 stores bytes 1 and 3 of bits 32-63 contiguously */
    {"stcm %r2,5,0(%r5)", "BE255000", .r2 = 0x11223344, .w2 = 0x11223344, .mem = ONES, .cmem = true, .wmem = 0x2244FFFFFFFFFFFF,
     .cc = CC_SAME},
    {"stcmy %r2,8,1(%r5)", "EB285001002D", .r2 = 0x11223344, .w2 = 0x11223344, .mem = ONES, .cmem = true, .wmem = 0xFF11FFFFFFFFFFFF,
     .cc = CC_SAME},
    {"stcmh %r2,3,0(%r5)", "EB235000002C", .r2 = 0xAABBCCDD00000000, .w2 = 0xAABBCCDD00000000, .mem = ONES, .cmem = true,
     .wmem = 0xCCDDFFFFFFFFFFFF, .cc = CC_SAME},
    {"stcm %r2,0,0(%r5)", "BE205000", .r2 = 0x11223344, .w2 = 0x11223344, .mem = ONES, .cc = CC_SAME},
    /* and accesses nothing at all (Hercules agrees) */
    {"stcmh %r2,0,0(%r5)", "EB205000002C", .base = 0x100000, .cc_in = 1, .r2 = 0x11223344, .w2 = 0x11223344, .cc = CC_SAME},
    /* STORE ON CONDITION */
    {"stoc %r2,0(%r5),8", "EB28500000F3", .cc_in = 0, .r2 = R2V, .w2 = R2V, .mem = ONES, .cmem = true, .wmem = 0x12345678FFFFFFFF,
     .cc = CC_SAME},
    {"stoc %r2,0(%r5),8", "EB28500000F3", .cc_in = 1, .r2 = R2V, .w2 = R2V, .mem = ONES, .cc = CC_SAME},
    {"stocg %r2,0(%r5),3", "EB23500000E3", .cc_in = 3, .r2 = R2V, .w2 = R2V, .mem = ONES, .cmem = true, .wmem = R2V, .cc = CC_SAME},
    {"stocg %r2,0(%r5),3", "EB23500000E3", .cc_in = 1, .r2 = R2V, .w2 = R2V, .mem = ONES, .cc = CC_SAME},
    /* across a page; past the end of storage */
    {"st %r2,0(%r5)", "50205000", .base = 0x10FFE, .r2 = R2V, .w2 = R2V, .mem = ONES, .cmem = true, .wmem = 0x12345678FFFFFFFF,
     .cc = CC_SAME},
    {"stg %r2,0(%r5)", "E32050000024", .base = 0x10FF9, .r2 = R2V, .w2 = R2V, .mem = ONES, .cmem = true, .wmem = R2V, .cc = CC_SAME},
    {"st %r2,0(%r5)", "50205000", .base = 0x100000, .cc_in = 3, .r2 = R2V, .w2 = R2V, .cc = CC_SAME, .pgm = PGM_ADDRESSING},
    {"mvhi 0(%r5),1", "E54C50000001", .base = 0xFFFFE, .cc_in = 1, .cc = CC_SAME, .pgm = PGM_ADDRESSING},
};

FCASE_TEST(stores, cases)

/* A store that runs off the end of storage stores nothing, not even the valid first part. */
START_TEST(store_past_end_is_all_or_nothing)
{
    struct harness h;
    h_init(&h);
    h_st64(&h, 0xFFFF8, 0x0102030405060708ULL);
    h.cpu.gr[2] = ONES;
    h.cpu.gr[3] = ONES;
    h.cpu.gr[5] = 0xFFFF8;
    h_code(&h, H_CODE, "EB2350000024"); /* stmg %r2,%r3,0(%r5): 16 bytes, the last 8 past 1 MiB */
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_ADDRESSING);
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE + 6);
    ck_assert_uint_eq(h_ld64(&h, 0xFFFF8), 0x0102030405060708ULL);
    h_free(&h);
}
END_TEST

/* STM wraps from R15 to R0 and may straddle a page: R14, R15, R0, R1 at 0x10FFA. */
START_TEST(store_multiple_wraps_across_page)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[14] = 0xAAAAAAAA11111111ULL;
    h.cpu.gr[15] = 0xAAAAAAAA22222222ULL;
    h.cpu.gr[0] = 0xAAAAAAAA33333333ULL;
    h.cpu.gr[1] = 0xAAAAAAAA44444444ULL;
    h.cpu.gr[5] = 0x10FFA;
    h_code(&h, H_CODE, "90E15000"); /* stm %r14,%r1,0(%r5) */
    h_run_n(&h, 1);
    ck_assert_uint_eq(h_pgm_code(&h), 0);
    ck_assert_uint_eq(h_ld64(&h, 0x10FFA), 0x1111111122222222ULL);
    ck_assert_uint_eq(h_ld64(&h, 0x11002), 0x3333333344444444ULL);
    h_free(&h);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("fixed_store");
    TCase *tc = tcase_create("core");
    ADD_FCASES(tc, stores, cases);
    tcase_add_test(tc, store_past_end_is_all_or_nothing);
    tcase_add_test(tc, store_multiple_wraps_across_page);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
