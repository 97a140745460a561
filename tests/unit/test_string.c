/* MVCL, CLCL, MVCLE, CLCLE, MVST, CLST, SRST.  Register usage, padding, condition codes and
 * the final register contents follow the PoP's descriptions, worked out in the comments. */
#include <string.h>

#include "harness.h"

#define A1 0x10000
#define A2 0x20000

START_TEST(mvcl_pads_and_updates_registers)
{
    struct harness h;
    h_init(&h);
    /* MVCL 2,4: R2 = destination, R3 = its length 10; R4 = source, R5 = pad X'40' in bits
     * 32-39 and length 4 */
    h.cpu.gr[2] = A1;
    h.cpu.gr[3] = 0xAAAAAAAA00000000ULL | 10;
    h.cpu.gr[4] = A2;
    h.cpu.gr[5] = 0x40000004;
    memset(h.mem.bytes + A1, 0xEE, 16);
    h_bytes(&h, A2, "C1C2C3C4");
    h_code(&h, H_CODE, "0E24");
    h_run_n(&h, 1);
    /* 4 bytes moved, 6 bytes of padding; CC 2: first-operand length greater */
    const uint8_t want[11] = {0xC1, 0xC2, 0xC3, 0xC4, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0xEE};
    ck_assert_mem_eq(h.mem.bytes + A1, want, 11);
    ck_assert_uint_eq(h.cpu.cc, 2);
    /* addresses advanced by the bytes processed, lengths counted down to 0; the pad byte and
     * bits 0-31 of the length registers stay */
    ck_assert_uint_eq(h.cpu.gr[2], A1 + 10);
    ck_assert_uint_eq(h.cpu.gr[3], 0xAAAAAAAA00000000ULL);
    ck_assert_uint_eq(h.cpu.gr[4], A2 + 4);
    ck_assert_uint_eq(h.cpu.gr[5], 0x40000000);
    h_free(&h);
}
END_TEST

START_TEST(mvcl_lengths_equal_and_truncating)
{
    struct harness h;
    h_init(&h);
    h.cpu.gr[2] = A1;
    h.cpu.gr[3] = 3;
    h.cpu.gr[4] = A2;
    h.cpu.gr[5] = 8; /* longer source: only 3 bytes move, CC 1 */
    h_bytes(&h, A2, "0102030405060708");
    h_code(&h, H_CODE, "0E24");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 1);
    ck_assert_uint_eq(h.mem.bytes[A1 + 2], 3);
    ck_assert_uint_eq(h.mem.bytes[A1 + 3], 0);
    ck_assert_uint_eq(h.cpu.gr[5], 5);
    h_free(&h);
}
END_TEST

START_TEST(mvcl_destructive_overlap_is_cc3_without_move)
{
    struct harness h;
    h_init(&h);
    /* destination begins one byte inside the source bytes that would be moved: destructive,
     * CC 3, nothing moved, registers unchanged */
    h.cpu.gr[2] = A1 + 1;
    h.cpu.gr[3] = 8;
    h.cpu.gr[4] = A1;
    h.cpu.gr[5] = 8;
    h_bytes(&h, A1, "0102030405060708 09");
    h_code(&h, H_CODE, "0E24");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 3);
    ck_assert_uint_eq(h_ld64(&h, A1), 0x0102030405060708ULL);
    ck_assert_uint_eq(h.cpu.gr[2], A1 + 1);
    ck_assert_uint_eq(h.cpu.gr[3], 8);
    /* the same pair with a one-byte source cannot overlap destructively: moves, CC 2 */
    h.cpu.gr[5] = 1;
    h_code(&h, H_CODE + 2, "0E24");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 2);
    ck_assert_uint_eq(h_ld64(&h, A1), 0x0101000000000000ULL); /* pad X'00' after the move */
    h_free(&h);
}
END_TEST

START_TEST(mvcl_odd_register_is_specification)
{
    struct harness h;
    h_init(&h);
    h_code(&h, H_CODE, "0E35");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    h_free(&h);
}
END_TEST

START_TEST(clcl_with_padding)
{
    struct harness h;
    h_init(&h);
    h_bytes(&h, A1, "C1C2C34040");
    h_bytes(&h, A2, "C1C2C3");
    /* CLCL 2,4: "ABC  " (5) against "ABC" (3) padded with blanks: equal, CC 0; both lengths
     * end at 0, addresses advance by their own lengths */
    h.cpu.gr[2] = A1;
    h.cpu.gr[3] = 5;
    h.cpu.gr[4] = A2;
    h.cpu.gr[5] = 0x40000003;
    h_code(&h, H_CODE, "0F24");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_uint_eq(h.cpu.gr[2], A1 + 5);
    ck_assert_uint_eq(h.cpu.gr[3], 0);
    ck_assert_uint_eq(h.cpu.gr[4], A2 + 3);
    ck_assert_uint_eq(h.cpu.gr[5], 0x40000000);
    /* "ABCA " against "ABC" + blanks: X'C1' > pad X'40' at offset 3 -> CC 2; the registers
     * designate the unequal byte: R2 = A1+3, R3 = 2; the exhausted second operand stays at
     * its end with length 0 */
    h.mem.bytes[A1 + 3] = 0xC1;
    h.cpu.gr[2] = A1;
    h.cpu.gr[3] = 5;
    h.cpu.gr[4] = A2;
    h.cpu.gr[5] = 0x40000003;
    h_code(&h, H_CODE + 2, "0F24");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 2);
    ck_assert_uint_eq(h.cpu.gr[2], A1 + 3);
    ck_assert_uint_eq(h.cpu.gr[3], 2);
    ck_assert_uint_eq(h.cpu.gr[4], A2 + 3);
    ck_assert_uint_eq(h.cpu.gr[5], 0x40000000);
    /* CLCL 4,2: first operand "ABC" (R4/R5), second operand "AB" (R2/R3) extended with the
     * pad from bits 32-39 of R3 (X'00'): X'C3' > X'00' -> first operand high, CC 2 */
    h.cpu.gr[2] = A1;
    h.cpu.gr[3] = 2;
    h.cpu.gr[4] = A2;
    h.cpu.gr[5] = 3;
    h_code(&h, H_CODE + 4, "0F42");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 2);
    /* and the pad X'FF' instead: X'C3' < X'FF' -> CC 1 */
    h.cpu.gr[2] = A1;
    h.cpu.gr[3] = 0xFF000002;
    h.cpu.gr[4] = A2;
    h.cpu.gr[5] = 3;
    h_code(&h, H_CODE + 6, "0F42");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 1);
    h_free(&h);
}
END_TEST

START_TEST(mvcle_moves_in_cpu_determined_pieces)
{
    struct harness h;
    h_init(&h);
    /* MVCLE 2,4,X'5A': source length 0, so the whole destination (300000 bytes) is padding.
     * The CPU may stop early with CC 3; the program loops with BRC 1,*-4 */
    const uint64_t n = 300000;
    h.cpu.gr[2] = A1;
    h.cpu.gr[3] = n;
    h.cpu.gr[4] = A2;
    h.cpu.gr[5] = 0;
    h_code(&h, H_CODE, "A824005A");
    h_run_n(&h, 1);
    ck_assert_uint_ge(h.cpu.cc, 2); /* 3 if incomplete, 2 (length 1 > length 2) if done */
    /* the registers agree on the progress */
    ck_assert_uint_eq(h.cpu.gr[2] - A1, n - h.cpu.gr[3]);
    h_free(&h);

    h_init(&h);
    h.cpu.gr[2] = A1;
    h.cpu.gr[3] = n;
    h.cpu.gr[4] = A2;
    h.cpu.gr[5] = 0;
    /* loop: MVCLE; BRC 1,loop; then BRC 13,+8 skips LHI 1,X'22' unless the final CC is 2 */
    h.cpu.gr[1] = 0;
    h_code(&h, H_CODE, "A824005A A714FFFE A7D40004 A7180022");
    h_run(&h);
    ck_assert(h_ended_normally(&h));
    ck_assert_uint_eq(h.cpu.gr[1], 0x22);
    ck_assert_uint_eq(h.cpu.gr[3], 0);
    ck_assert_uint_eq(h.cpu.gr[2], A1 + n);
    for (uint64_t i = 0; i < n; i++)
        if (h.mem.bytes[A1 + i] != 0x5A)
            ck_abort_msg("byte %llu not padded", (unsigned long long)i);
    ck_assert_uint_eq(h.mem.bytes[A1 + n], 0);
    h_free(&h);
}
END_TEST

START_TEST(clcle_equal_with_pad_from_address)
{
    struct harness h;
    h_init(&h);
    h_bytes(&h, A1, "C1C2 5C5C5C");
    h_bytes(&h, A2, "C1C2");
    /* CLCLE 2,4,X'5C': the pad is bits 56-63 of the second-operand address: equal -> CC 0 */
    h.cpu.gr[2] = A1;
    h.cpu.gr[3] = 5;
    h.cpu.gr[4] = A2;
    h.cpu.gr[5] = 2;
    h_code(&h, H_CODE, "A924005C");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_uint_eq(h.cpu.gr[3], 0);
    ck_assert_uint_eq(h.cpu.gr[5], 0);
    h_free(&h);
}
END_TEST

START_TEST(mvst_moves_through_ending_character)
{
    struct harness h;
    h_init(&h);
    h_bytes(&h, A2, "C8C5D3D3D6 00 FF");
    memset(h.mem.bytes + A1, 0xEE, 8);
    h.cpu.gr[0] = 0;
    h.cpu.gr[2] = A1;
    h.cpu.gr[4] = A2;
    /* MVST 2,4: "HELLO" and the X'00' end move; CC 1; R2 = address of the ending character
     * in the first operand (A1+5); R4 unchanged */
    h_code(&h, H_CODE, "B2550024");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 1);
    ck_assert_mem_eq(h.mem.bytes + A1, h.mem.bytes + A2, 6);
    ck_assert_uint_eq(h.mem.bytes[A1 + 6], 0xEE);
    ck_assert_uint_eq(h.cpu.gr[2], A1 + 5);
    ck_assert_uint_eq(h.cpu.gr[4], A2);
    h_free(&h);
}
END_TEST

START_TEST(string_gr0_bits_32_55_must_be_zero)
{
    static const char *const text[] = {"B2550024", "B25D0024", "B25E0024"};
    for (int i = 0; i < 3; i++) {
        struct harness h;
        h_init(&h);
        h.cpu.gr[0] = 0x100; /* bit 55 on */
        h.cpu.gr[2] = A1;
        h.cpu.gr[4] = A2;
        h_code(&h, H_CODE, text[i]);
        h_run(&h);
        ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
        ck_assert_uint_eq(h_ld32(&h, LC_PGM_ILC) >> 16, 4);
        h_free(&h);
    }
}
END_TEST

START_TEST(clst_results)
{
    struct harness h;
    h_init(&h);
    h_bytes(&h, A1, "C1C2C300");
    h_bytes(&h, A2, "C1C2C400");
    h.cpu.gr[0] = 0;
    h.cpu.gr[2] = A1;
    h.cpu.gr[4] = A2;
    /* CLST 2,4: C3 < C4 at offset 2 -> CC 1, R2/R4 designate the unequal bytes */
    h_code(&h, H_CODE, "B25D0024");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 1);
    ck_assert_uint_eq(h.cpu.gr[2], A1 + 2);
    ck_assert_uint_eq(h.cpu.gr[4], A2 + 2);
    /* equal strings: CC 0, registers unchanged */
    h_bytes(&h, A2, "C1C2C300");
    h.cpu.gr[2] = A1;
    h.cpu.gr[4] = A2;
    h_code(&h, H_CODE + 4, "B25D0024");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_uint_eq(h.cpu.gr[2], A1);
    ck_assert_uint_eq(h.cpu.gr[4], A2);
    /* "ABC" against "AB": the second operand ends first -> CC 2 */
    h_bytes(&h, A2, "C1C200");
    h.cpu.gr[2] = A1;
    h.cpu.gr[4] = A2;
    h_code(&h, H_CODE + 8, "B25D0024");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 2);
    /* the ending character decides even against a lower byte: ending char X'FF' */
    h_bytes(&h, A1, "C1FF");
    h_bytes(&h, A2, "C100");
    h.cpu.gr[0] = 0xFF;
    h.cpu.gr[2] = A1;
    h.cpu.gr[4] = A2;
    h_code(&h, H_CODE + 12, "B25D0024");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 1); /* first operand ended first: low */
    h_free(&h);
}
END_TEST

START_TEST(srst_found_and_not_found)
{
    struct harness h;
    h_init(&h);
    h_bytes(&h, A2, "C1C2C3E7C4E7");
    /* bits 0-31 of GR0 are ignored, bits 56-63 = X'E7' */
    h.cpu.gr[0] = 0xFFFFFFFF000000E7ULL;
    h.cpu.gr[2] = A2 + 6; /* end */
    h.cpu.gr[4] = A2;     /* start */
    /* SRST 2,4: first X'E7' at A2+3 -> CC 1, R2 = its address, R4 unchanged */
    h_code(&h, H_CODE, "B25E0024");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 1);
    ck_assert_uint_eq(h.cpu.gr[2], A2 + 3);
    ck_assert_uint_eq(h.cpu.gr[4], A2);
    /* end at A2+3 (exclusive): not found -> CC 2, registers unchanged */
    h.cpu.gr[2] = A2 + 3;
    h_code(&h, H_CODE + 4, "B25E0024");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 2);
    ck_assert_uint_eq(h.cpu.gr[2], A2 + 3);
    ck_assert_uint_eq(h.cpu.gr[4], A2);
    h_free(&h);
}
END_TEST

START_TEST(srst_long_search_loops_on_cc3)
{
    struct harness h;
    h_init(&h);
    /* search 200000 bytes for X'01' placed at the very end; loop SRST / BRC 1,*-4 */
    h.mem.bytes[A1 + 199999] = 0x01;
    h.cpu.gr[0] = 1;
    h.cpu.gr[2] = A1 + 200000;
    h.cpu.gr[4] = A1;
    /* then BRC 11,+8 skips LHI 1,X'11' unless the final CC is 1 */
    h.cpu.gr[1] = 0;
    h_code(&h, H_CODE, "B25E0024 A714FFFE A7B40004 A7180011");
    h_run(&h);
    ck_assert(h_ended_normally(&h));
    ck_assert_uint_eq(h.cpu.gr[1], 0x11);
    ck_assert_uint_eq(h.cpu.gr[2], A1 + 199999);
    h_free(&h);
}
END_TEST

START_TEST(cksm_end_around_carry_and_padding)
{
    struct harness h;
    h_init(&h);
    h_bytes(&h, A2, "00010002 00030004 05");
    /* CKSM 1,4 over 9 bytes: 00010002 + 00030004 + 05000000 (last word padded with zeros on
     * the right) = 05040006; CC 0; R4 advanced by 9, R5 = 0; bits 0-31 of R1 unchanged */
    h.cpu.gr[1] = 0xABCD000000000000ULL;
    h.cpu.gr[4] = A2;
    h.cpu.gr[5] = 9;
    h_code(&h, H_CODE, "B2410014");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_uint_eq(h.cpu.gr[1], 0xABCD000005040006ULL);
    ck_assert_uint_eq(h.cpu.gr[4], A2 + 9);
    ck_assert_uint_eq(h.cpu.gr[5], 0);
    /* FFFFFFFF + 00000002 = 1_00000001: the carry out is added back in -> 00000002 */
    h_bytes(&h, A2, "00000002");
    h.cpu.gr[1] = 0xFFFFFFFF;
    h.cpu.gr[4] = A2;
    h.cpu.gr[5] = 4;
    h_code(&h, H_CODE + 4, "B2410014");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.gr[1], 2);
    /* odd R2 -> specification */
    h_code(&h, H_CODE + 8, "B2410015");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    h_free(&h);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("string");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, mvcl_pads_and_updates_registers);
    tcase_add_test(tc, mvcl_lengths_equal_and_truncating);
    tcase_add_test(tc, mvcl_destructive_overlap_is_cc3_without_move);
    tcase_add_test(tc, mvcl_odd_register_is_specification);
    tcase_add_test(tc, clcl_with_padding);
    tcase_add_test(tc, mvcle_moves_in_cpu_determined_pieces);
    tcase_add_test(tc, clcle_equal_with_pad_from_address);
    tcase_add_test(tc, mvst_moves_through_ending_character);
    tcase_add_test(tc, string_gr0_bits_32_55_must_be_zero);
    tcase_add_test(tc, clst_results);
    tcase_add_test(tc, srst_found_and_not_found);
    tcase_add_test(tc, srst_long_search_loops_on_cc3);
    tcase_add_test(tc, cksm_end_around_carry_and_padding);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
