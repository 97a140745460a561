/* Floating-point-support instructions: FPR loads/stores/copies, FPR<->GR transfers, sign
 * copies, the FPC instructions, and the AFP-register control.  Expected values are bit
 * patterns worked out by hand from the PoP. */
#include <string.h>

#include "bfp.h"
#include "harness.h"

#define BASE 0x3000 /* GR5 points here for storage operands */

static void setup(struct harness *h)
{
    h_init(h);
    h->cpu.gr[5] = BASE;
}

/* Run the one instruction under test (the epilogue would reset the CC). */
static void run1(struct harness *h, const char *hex)
{
    h_code(h, H_CODE, hex);
    h_run_n(h, 1);
}

static void expect_pgm(struct harness *h, unsigned code, uint64_t old_ia)
{
    ck_assert_uint_eq(h->cpu.psw.ia, H_PGM_WAIT_IA);
    ck_assert_uint_eq(h_ld32(h, LC_PGM_ILC) & 0xFFFF, code);
    ck_assert_uint_eq(h_ld64(h, LC_PGM_OLD + 8), old_ia);
}

START_TEST(ldgr_lgdr_round_trip)
{
    struct harness h;
    setup(&h);
    h.cpu.gr[2] = 0x0123456789ABCDEFULL;
    h.cpu.gr[3] = 0xFFFFFFFF00000000ULL;
    /* LDGR 9,2; LGDR 3,9 */
    h_code(&h, H_CODE, "B3C10092 B3CD0039");
    h_run_n(&h, 2);
    ck_assert_uint_eq(h.cpu.fpr[9], 0x0123456789ABCDEFULL);
    ck_assert_uint_eq(h.cpu.gr[3], 0x0123456789ABCDEFULL);
    h_free(&h);
}
END_TEST

START_TEST(loads_and_stores)
{
    struct harness h;
    setup(&h);
    h_st32(&h, BASE, 0x40490FDB);
    h_st64(&h, BASE + 0x10, 0x400921FB54442D18ULL);
    h_st32(&h, BASE + 0x20, 0xC0000000);
    h.cpu.fpr[1] = 0x11111111AAAAAAAAULL;
    h.cpu.fpr[4] = 0x0102030405060708ULL;
    /* LE 1,0(5); STE 1,8(5); LD 2,16(5); STD 2,24(5); LEY 3,32(5); STDY 4,-8(5) */
    h_code(&h, H_CODE, "78105000 70105008 68205010 60205018 ED3050200064 ED405FF8FF67");
    h_run_n(&h, 6);
    /* a short load replaces only the left half of the register */
    ck_assert_uint_eq(h.cpu.fpr[1], 0x40490FDBAAAAAAAAULL);
    ck_assert_uint_eq(h_ld32(&h, BASE + 8), 0x40490FDB);
    ck_assert_uint_eq(h.cpu.fpr[2], 0x400921FB54442D18ULL);
    ck_assert_uint_eq(h_ld64(&h, BASE + 0x18), 0x400921FB54442D18ULL);
    ck_assert_uint_eq(h.cpu.fpr[3] >> 32, 0xC0000000);
    ck_assert_uint_eq(h_ld64(&h, BASE - 8), 0x0102030405060708ULL);
    h_free(&h);
}
END_TEST

START_TEST(register_copies_and_zero)
{
    struct harness h;
    setup(&h);
    h.cpu.fpr[1] = 0x1111111122222222ULL;
    h.cpu.fpr[2] = 0x3333333344444444ULL;
    h.cpu.fpr[0] = 0xAAAAAAAAAAAAAAAAULL;
    h.cpu.fpr[2 + 0] = 0x3333333344444444ULL;
    h.cpu.fpr[8] = 0x5555555555555555ULL;
    h.cpu.fpr[10] = 0x6666666666666666ULL;
    h.cpu.fpr[6] = 0x7777777788888888ULL;
    /* LER 1,2; LDR 3,2; LXR 12,8; LZER 6; LZXR 8 */
    h_code(&h, H_CODE, "3812 2832 B36500C8 B3740060 B3760080");
    h_run_n(&h, 5);
    ck_assert_uint_eq(h.cpu.fpr[1], 0x3333333322222222ULL);
    ck_assert_uint_eq(h.cpu.fpr[3], 0x3333333344444444ULL);
    ck_assert_uint_eq(h.cpu.fpr[12], 0x5555555555555555ULL);
    ck_assert_uint_eq(h.cpu.fpr[14], 0x6666666666666666ULL);
    ck_assert_uint_eq(h.cpu.fpr[6], 0x0000000088888888ULL);
    ck_assert_uint_eq(h.cpu.fpr[8], 0);
    ck_assert_uint_eq(h.cpu.fpr[10], 0);
    h_free(&h);
}
END_TEST

START_TEST(invalid_register_pair_is_specification)
{
    struct harness h;
    setup(&h);
    h.cpu.fpr[2] = 7;
    /* LXR 2,0 */
    run1(&h, "B3650020");
    expect_pgm(&h, PGM_SPECIFICATION, H_CODE + 4);
    ck_assert_uint_eq(h.cpu.fpr[2], 7);
    h_free(&h);

    setup(&h);
    /* LZXR 3 */
    run1(&h, "B3760030");
    expect_pgm(&h, PGM_SPECIFICATION, H_CODE + 4);
    h_free(&h);
}
END_TEST

START_TEST(sign_copies)
{
    struct harness h;
    setup(&h);
    h.cpu.fpr[2] = 0x7FF0000000000001ULL; /* an SNaN: no exception, sign only */
    h.cpu.fpr[3] = 0x8000000000000000ULL;
    /* LCDFR 1,2; LNDFR 4,2; LPDFR 6,4; CPSDR 7,3,2 */
    h_code(&h, H_CODE, "B3730012 B3710042 B3700064 B3723072");
    h_run_n(&h, 4);
    ck_assert_uint_eq(h.cpu.fpr[1], 0xFFF0000000000001ULL);
    ck_assert_uint_eq(h.cpu.fpr[4], 0xFFF0000000000001ULL);
    ck_assert_uint_eq(h.cpu.fpr[6], 0x7FF0000000000001ULL);
    ck_assert_uint_eq(h.cpu.fpr[7], 0xFFF0000000000001ULL);
    ck_assert_uint_eq(h.cpu.fpc, 0);
    h_free(&h);
}
END_TEST

START_TEST(fpc_set_extract_load_store)
{
    struct harness h;
    setup(&h);
    h.cpu.gr[1] = 0xDEADBEEF88080003ULL; /* invalid mask, inexact flag, DXC 0, mode 3 */
    h.cpu.gr[2] = 0x1234567800000000ULL;
    h_st32(&h, BASE, 0xF8F8FF07);
    /* SFPC 1; EFPC 2; STFPC 4(5); LFPC 0(5) */
    h_code(&h, H_CODE, "B3840010 B38C0020 B29C5004 B29D5000");
    h_run_n(&h, 4);
    ck_assert_uint_eq(h.cpu.gr[2], 0x1234567888080003ULL);
    ck_assert_uint_eq(h_ld32(&h, BASE + 4), 0x88080003);
    ck_assert_uint_eq(h.cpu.fpc, 0xF8F8FF07);
    h_free(&h);
}
END_TEST

START_TEST(fpc_reserved_bits_are_specification)
{
    static const uint32_t bad[] = {0x04000000, 0x00040000, 0x00000080, 0x00000008, 0x00000004, 0x00000005, 0x00000006};
    for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        struct harness h;
        setup(&h);
        h.cpu.fpc = 0x00000001;
        h.cpu.gr[1] = bad[i];
        run1(&h, "B3840010"); /* SFPC 1 */
        expect_pgm(&h, PGM_SPECIFICATION, H_CODE + 4);
        ck_assert_uint_eq(h.cpu.fpc, 0x00000001);
        h_free(&h);
    }
    struct harness h;
    setup(&h);
    h_st32(&h, BASE, 0x00000100 | 0x01000000); /* bit 7 reserved */
    run1(&h, "B29D5000"); /* LFPC 0(5) */
    expect_pgm(&h, PGM_SPECIFICATION, H_CODE + 4);
    h_free(&h);
}
END_TEST

START_TEST(set_rounding_mode)
{
    struct harness h;
    setup(&h);
    h.cpu.fpc = 0x80000007;
    /* SRNM 0x102(0): bits 62-63 = 2, bit 29 cleared */
    run1(&h, "B2990102");
    ck_assert_uint_eq(h.cpu.fpc, 0x80000002);
    h_free(&h);

    setup(&h);
    h.cpu.fpc = 0x80000001;
    run1(&h, "B2B80007"); /* SRNMB 7 */
    ck_assert_uint_eq(h.cpu.fpc, 0x80000007);
    h_free(&h);

    setup(&h);
    h.cpu.fpc = 0x80000001;
    run1(&h, "B2B80005"); /* SRNMB 5: not a rounding mode */
    expect_pgm(&h, PGM_SPECIFICATION, H_CODE + 4);
    ck_assert_uint_eq(h.cpu.fpc, 0x80000001);
    h_free(&h);

    setup(&h);
    h.cpu.fpc = 0x80000001;
    run1(&h, "B2B80009"); /* SRNMB 9: bit 60 of the address is one */
    expect_pgm(&h, PGM_SPECIFICATION, H_CODE + 4);
    h_free(&h);

    setup(&h);
    h.cpu.fpc = 0x80000001;
    run1(&h, "B2B80103"); /* SRNMB X'103': bits 52-55 are ignored */
    ck_assert_uint_eq(h.cpu.fpc, 0x80000003);
    h_free(&h);
}
END_TEST

START_TEST(afp_off_allows_only_four_registers)
{
    struct harness h;
    setup(&h);
    h.cpu.cr[0] &= ~(1ULL << (63 - 45));
    h.cpu.fpr[4] = 42;
    h.cpu.fpc = 0;
    /* LDR 2,4 is fine, LDR 1,2 is not */
    h_code(&h, H_CODE, "2824 2812");
    h_run(&h);
    ck_assert_uint_eq(h.cpu.fpr[2], 42);
    expect_pgm(&h, PGM_DATA, H_CODE + 4);
    ck_assert_uint_eq(h.mem.bytes[LC_DXC + 3], DXC_AFP_REGISTER);
    ck_assert_uint_eq(h_ld32(&h, LC_PGM_ILC) >> 16, 2);
    ck_assert_uint_eq(h.cpu.fpc, 0); /* with AFP off the DXC does not go into the FPC */
    ck_assert_uint_eq(h.cpu.fpr[1], 0);
    h_free(&h);

    setup(&h);
    h.cpu.cr[0] &= ~(1ULL << (63 - 45));
    h.cpu.gr[2] = 5;
    run1(&h, "B3C10082"); /* LDGR 8,2 */
    expect_pgm(&h, PGM_DATA, H_CODE + 4);
    ck_assert_uint_eq(h.mem.bytes[LC_DXC + 3], DXC_AFP_REGISTER);
    ck_assert_uint_eq(h.cpu.fpr[8], 0);
    h_free(&h);

    setup(&h);
    h.cpu.cr[0] &= ~(1ULL << (63 - 45));
    h.cpu.gr[1] = 1;
    run1(&h, "B3840010"); /* SFPC: a BFP instruction, DXC 2 */
    expect_pgm(&h, PGM_DATA, H_CODE + 4);
    ck_assert_uint_eq(h.mem.bytes[LC_DXC + 3], DXC_BFP_INSTRUCTION);
    ck_assert_uint_eq(h.cpu.fpc, 0);
    h_free(&h);

    setup(&h);
    h.cpu.cr[0] &= ~(1ULL << (63 - 45));
    h.cpu.fpr[0] = 0x3FF0000000000000ULL;
    h.cpu.fpr[2] = 0x3FF0000000000000ULL;
    run1(&h, "B31A0002"); /* ADBR 0,2: BFP instruction, even on registers 0 and 2 */
    expect_pgm(&h, PGM_DATA, H_CODE + 4);
    ck_assert_uint_eq(h.mem.bytes[LC_DXC + 3], DXC_BFP_INSTRUCTION);
    ck_assert_uint_eq(h.cpu.fpr[0], 0x3FF0000000000000ULL);
    h_free(&h);
}
END_TEST

START_TEST(store_protection_leaves_storage)
{
    struct harness h;
    setup(&h);
    h.cpu.gr[5] = 0x200000; /* beyond the 1 MiB of storage */
    h.cpu.fpr[0] = 1;
    run1(&h, "60005000"); /* STD 0,0(5) */
    expect_pgm(&h, PGM_ADDRESSING, H_CODE + 4);
    h_free(&h);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("fpr");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, ldgr_lgdr_round_trip);
    tcase_add_test(tc, loads_and_stores);
    tcase_add_test(tc, register_copies_and_zero);
    tcase_add_test(tc, invalid_register_pair_is_specification);
    tcase_add_test(tc, sign_copies);
    tcase_add_test(tc, fpc_set_extract_load_store);
    tcase_add_test(tc, fpc_reserved_bits_are_specification);
    tcase_add_test(tc, set_rounding_mode);
    tcase_add_test(tc, afp_off_allows_only_four_registers);
    tcase_add_test(tc, store_protection_leaves_storage);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
