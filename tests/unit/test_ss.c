/* Storage-to-storage character instructions: MVC, MVCIN, MVZ, MVN, CLC, NC, OC, XC, TR, TRT,
 * TRTR.  Instruction text is assembled by hand from the PoP formats (SS-a: op L B1D1 B2D2);
 * every expected value follows from the PoP's definition, worked out in the comments. */
#include <string.h>

#include "harness.h"

#define A1 0x10000 /* first-operand area (GR5) */
#define A2 0x20000 /* second-operand area (GR6) */

static void setup(struct harness *h)
{
    h_init(h);
    h->cpu.gr[5] = A1;
    h->cpu.gr[6] = A2;
}

START_TEST(mvc_overlap_propagates_one_byte)
{
    struct harness h;
    setup(&h);
    for (int i = 0; i < 32; i++)
        h.mem.bytes[A1 + i] = (uint8_t)(0x10 + i);
    h.mem.bytes[A1] = 0xAB;
    /* MVC 1(16,5),0(5): byte i+1 <- byte i, one at a time left to right, so X'AB' spreads
     * over A1+1..A1+16; A1+17 keeps its X'21' */
    h_code(&h, H_CODE, "D20F 5001 5000");
    h_run(&h);
    ck_assert(h_ended_normally(&h));
    for (int i = 0; i <= 16; i++)
        ck_assert_uint_eq(h.mem.bytes[A1 + i], 0xAB);
    ck_assert_uint_eq(h.mem.bytes[A1 + 17], 0x21);
    h_free(&h);
}
END_TEST

START_TEST(mvc_overlap_distance_two_repeats_pair)
{
    struct harness h;
    setup(&h);
    for (int i = 0; i < 16; i++)
        h.mem.bytes[A1 + i] = (uint8_t)(1 + i);
    /* MVC 2(6,5),0(5): byte i+2 <- byte i; bytes 1,2 repeat: 1 2 1 2 1 2 1 2, then 9 */
    h_code(&h, H_CODE, "D205 5002 5000");
    h_run(&h);
    const uint8_t want[9] = {1, 2, 1, 2, 1, 2, 1, 2, 9};
    ck_assert_mem_eq(h.mem.bytes + A1, want, 9);
    h_free(&h);
}
END_TEST

START_TEST(mvc_overlap_backward_is_a_plain_move)
{
    struct harness h;
    setup(&h);
    for (int i = 0; i < 16; i++)
        h.mem.bytes[A1 + i] = (uint8_t)(1 + i);
    /* MVC 0(8,5),2(5): destination left of the source: each source byte is fetched before it
     * is overwritten -> 3 4 5 6 7 8 9 10, then 9 10 unchanged */
    h_code(&h, H_CODE, "D207 5000 5002");
    h_run(&h);
    const uint8_t want[10] = {3, 4, 5, 6, 7, 8, 9, 10, 9, 10};
    ck_assert_mem_eq(h.mem.bytes + A1, want, 10);
    h_free(&h);
}
END_TEST

START_TEST(mvc_across_page_boundary)
{
    struct harness h;
    setup(&h);
    h.cpu.gr[5] = 0x10FF8; /* 8 bytes before a page boundary */
    h.cpu.gr[6] = 0x21FFC; /* source crosses one too, at another offset */
    for (int i = 0; i < 16; i++)
        h.mem.bytes[0x21FFC + i] = (uint8_t)(0xA0 + i);
    h_code(&h, H_CODE, "D20F 5000 6000"); /* MVC 0(16,5),0(6) */
    h_run(&h);
    ck_assert(h_ended_normally(&h));
    for (int i = 0; i < 16; i++)
        ck_assert_uint_eq(h.mem.bytes[0x10FF8 + i], 0xA0 + i);
    ck_assert_uint_eq(h.mem.bytes[0x11008], 0);
    h_free(&h);
}
END_TEST

START_TEST(mvc_destination_beyond_storage_stores_nothing)
{
    struct harness h;
    setup(&h);
    /* storage is 1 MiB: A1 = X'FFFF8' + 16 bytes runs past X'100000' */
    h.cpu.gr[5] = 0xFFFF8;
    memset(h.mem.bytes + 0xFFFF8, 0x77, 8);
    memset(h.mem.bytes + A2, 0x11, 16);
    h_code(&h, H_CODE, "D20F 5000 6000");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_ADDRESSING);
    for (int i = 0; i < 8; i++)
        ck_assert_uint_eq(h.mem.bytes[0xFFFF8 + i], 0x77); /* nothing stored */
    ck_assert_uint_eq(h_ld32(&h, LC_PGM_ILC) >> 16, 6);
    h_free(&h);
}
END_TEST

START_TEST(clc_condition_codes)
{
    struct harness h;
    setup(&h);
    h_bytes(&h, A1, "C1C2C380");
    h_bytes(&h, A2, "C1C2C37F");
    /* CLC 0(3,5),0(6): equal -> 0; CLC 0(4,5),0(6): X'80' > X'7F' unsigned -> 2;
     * CLC 0(4,6),0(5): first operand low -> 1 */
    h_code(&h, H_CODE, "D502 5000 6000");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 0);
    h_code(&h, H_CODE + 6, "D503 5000 6000");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 2);
    h_code(&h, H_CODE + 12, "D503 6000 5000");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 1);
    h_free(&h);
}
END_TEST

START_TEST(clc_across_pages)
{
    struct harness h;
    setup(&h);
    h.cpu.gr[5] = 0x10FFE;
    h.cpu.gr[6] = 0x20FFA;
    memset(h.mem.bytes + 0x10FFE, 0x55, 10);
    memset(h.mem.bytes + 0x20FFA, 0x55, 10);
    h.mem.bytes[0x10FFE + 9] = 0x54; /* last byte: first operand low -> CC 1 */
    h_code(&h, H_CODE, "D509 5000 6000");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 1);
    h_free(&h);
}
END_TEST

START_TEST(xc_with_itself_zeroes)
{
    struct harness h;
    setup(&h);
    memset(h.mem.bytes + A1, 0xE7, 300);
    /* XC 0(256,5),0(5): x ^ x = 0 for every byte; CC 0 (result zero); the byte after stays */
    h_code(&h, H_CODE, "D7FF 5000 5000");
    h_run_n(&h, 1);
    for (int i = 0; i < 256; i++)
        ck_assert_uint_eq(h.mem.bytes[A1 + i], 0);
    ck_assert_uint_eq(h.mem.bytes[A1 + 256], 0xE7);
    ck_assert_uint_eq(h.cpu.cc, 0);
    h_free(&h);
}
END_TEST

START_TEST(nc_oc_xc_results_and_cc)
{
    struct harness h;
    setup(&h);
    h_bytes(&h, A1, "F0F00F0F 12345678 9A");
    h_bytes(&h, A2, "0FF0F00F FFFFFFFF 00");
    /* NC 0(9,5),0(6): F0&0F=00 F0&F0=F0 0F&F0=00 0F&0F=0F, 12345678 & FF.. = same, 9A&00=00;
     * nonzero -> CC 1 */
    h_code(&h, H_CODE, "D408 5000 6000");
    h_run_n(&h, 1);
    h_bytes(&h, A1 + 0x100, "00F0000F 12345678 00");
    ck_assert_mem_eq(h.mem.bytes + A1, h.mem.bytes + A1 + 0x100, 9);
    ck_assert_uint_eq(h.cpu.cc, 1);
    /* OC 0(4,5),4(6): 00F0000F | FFFFFFFF = FFFFFFFF, CC 1 */
    h_code(&h, H_CODE + 6, "D603 5000 6004");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h_ld32(&h, A1), 0xFFFFFFFF);
    ck_assert_uint_eq(h.cpu.cc, 1);
    /* XC 0(4,5),4(6): FFFFFFFF ^ FFFFFFFF = 0, CC 0 */
    h_code(&h, H_CODE + 12, "D703 5000 6004");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h_ld32(&h, A1), 0);
    ck_assert_uint_eq(h.cpu.cc, 0);
    h_free(&h);
}
END_TEST

START_TEST(xc_overlapping_one_byte_right)
{
    struct harness h;
    setup(&h);
    h_bytes(&h, A1, "01020408");
    /* XC 1(3,5),0(5): byte at a time: b1 = 02^01 = 03, b2 = 04^03 = 07, b3 = 08^07 = 0F */
    h_code(&h, H_CODE, "D702 5001 5000");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h_ld32(&h, A1), 0x0103070F);
    ck_assert_uint_eq(h.cpu.cc, 1);
    h_free(&h);
}
END_TEST

START_TEST(mvz_mvn_mvcin)
{
    struct harness h;
    setup(&h);
    h_bytes(&h, A1, "C1C2C3C4");
    h_bytes(&h, A2, "F1F2F3F4 12345678");
    /* MVN 0(4,5),4(6): numerics of 12 34 56 78 into C1..: C2 C4 C6 C8 */
    h_code(&h, H_CODE, "D103 5000 6004");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h_ld32(&h, A1), 0xC2C4C6C8);
    /* MVZ 0(4,5),0(6): zones F into C2 C4 C6 C8: F2 F4 F6 F8 */
    h_code(&h, H_CODE + 6, "D303 5000 6000");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h_ld32(&h, A1), 0xF2F4F6F8);
    /* MVCIN 0(4,5),7(6): second operand address is its rightmost byte (A2+7); bytes 12 34 56 78
     * land reversed: 78 56 34 12 */
    h_code(&h, H_CODE + 12, "E803 5000 6007");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h_ld32(&h, A1), 0x78563412);
    h_free(&h);
}
END_TEST

START_TEST(tr_translates_through_table)
{
    struct harness h;
    setup(&h);
    for (int i = 0; i < 256; i++)
        h.mem.bytes[A2 + i] = (uint8_t)~i; /* table: byte i -> ~i */
    h_bytes(&h, A1, "0102FF00");
    /* TR 0(4,5),0(6): 01->FE 02->FD FF->00 00->FF */
    h_code(&h, H_CODE, "DC03 5000 6000");
    h_run(&h);
    ck_assert(h_ended_normally(&h));
    ck_assert_uint_eq(h_ld32(&h, A1), 0xFEFD00FF);
    h_free(&h);
}
END_TEST

START_TEST(tr_table_across_page)
{
    struct harness h;
    setup(&h);
    h.cpu.gr[6] = 0x20F80; /* table straddles X'21000' */
    for (int i = 0; i < 256; i++)
        h.mem.bytes[0x20F80 + i] = (uint8_t)(i + 1);
    h_bytes(&h, A1, "00 7F 80 FF");
    /* 00->01 7F->80 80->81 (from the second page) FF->00 */
    h_code(&h, H_CODE, "DC03 5000 6000");
    h_run(&h);
    ck_assert_uint_eq(h_ld32(&h, A1), 0x01808100);
    h_free(&h);
}
END_TEST

START_TEST(trt_sets_gr1_gr2_and_cc)
{
    struct harness h;
    setup(&h);
    h.mem.bytes[A2 + 0x40] = 0x99; /* function table: only X'40' is nonzero */
    h_bytes(&h, A1, "C1C240C3 C1C2C3C4 C1C2C340");
    h.cpu.gr[1] = 0x1111111111111111ULL;
    h.cpu.gr[2] = 0x2222222222222222ULL;
    /* TRT 0(4,5),0(6): X'40' at A1+2, not the last byte: GR1 = A1+2 (64-bit mode: all of
     * GR1), GR2 bits 56-63 = X'99' (the rest unchanged), CC 1 */
    h_code(&h, H_CODE, "DD03 5000 6000");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.gr[1], A1 + 2);
    ck_assert_uint_eq(h.cpu.gr[2], 0x2222222222222299ULL);
    ck_assert_uint_eq(h.cpu.cc, 1);
    /* TRT 4(4,5),0(6): all function bytes zero: CC 0, registers unchanged */
    h.cpu.gr[1] = 7;
    h.cpu.gr[2] = 8;
    h_code(&h, H_CODE + 6, "DD03 5004 6000");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 0);
    ck_assert_uint_eq(h.cpu.gr[1], 7);
    ck_assert_uint_eq(h.cpu.gr[2], 8);
    /* TRT 8(4,5),0(6): hit on the last byte -> CC 2, GR1 = A1+11 */
    h_code(&h, H_CODE + 12, "DD03 5008 6000");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 2);
    ck_assert_uint_eq(h.cpu.gr[1], A1 + 11);
    h_free(&h);
}
END_TEST

START_TEST(trt_in_24_bit_mode_keeps_high_bits_of_gr1)
{
    struct harness h;
    setup(&h);
    cpu_load_psw(&h.cpu, 0, H_CODE); /* 24-bit addressing mode */
    h.mem.bytes[A2 + 0xC3] = 0x01;
    h_bytes(&h, A1, "C1C2C3C4");
    h.cpu.gr[1] = 0xFFFFFFFFAA000000ULL;
    /* 24-bit mode: bits 40-63 of GR1 get the address A1+2, bits 0-39 stay */
    h_code(&h, H_CODE, "DD03 5000 6000");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.gr[1], 0xFFFFFFFFAA010002ULL);
    ck_assert_uint_eq(h.cpu.cc, 1);
    h_free(&h);
}
END_TEST

START_TEST(trtr_scans_right_to_left)
{
    struct harness h;
    setup(&h);
    h.mem.bytes[A2 + 0x40] = 0x77;
    h_bytes(&h, A1, "40C140C2");
    /* TRTR 3(4,5),0(6): first-operand address designates the rightmost byte (A1+3); scanning
     * right to left the first X'40' is at A1+2 -> GR1 = A1+2, CC 1 (not the last byte
     * processed, which would be A1) */
    h_code(&h, H_CODE, "D003 5003 6000");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.gr[1], A1 + 2);
    ck_assert_uint_eq(h.cpu.gr[2] & 0xFF, 0x77);
    ck_assert_uint_eq(h.cpu.cc, 1);
    h_free(&h);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("ss");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, mvc_overlap_propagates_one_byte);
    tcase_add_test(tc, mvc_overlap_distance_two_repeats_pair);
    tcase_add_test(tc, mvc_overlap_backward_is_a_plain_move);
    tcase_add_test(tc, mvc_across_page_boundary);
    tcase_add_test(tc, mvc_destination_beyond_storage_stores_nothing);
    tcase_add_test(tc, clc_condition_codes);
    tcase_add_test(tc, clc_across_pages);
    tcase_add_test(tc, xc_with_itself_zeroes);
    tcase_add_test(tc, nc_oc_xc_results_and_cc);
    tcase_add_test(tc, xc_overlapping_one_byte_right);
    tcase_add_test(tc, mvz_mvn_mvcin);
    tcase_add_test(tc, tr_translates_through_table);
    tcase_add_test(tc, tr_table_across_page);
    tcase_add_test(tc, trt_sets_gr1_gr2_and_cc);
    tcase_add_test(tc, trt_in_24_bit_mode_keeps_high_bits_of_gr1);
    tcase_add_test(tc, trtr_scans_right_to_left);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
