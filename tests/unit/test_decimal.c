/* Decimal instructions (PoP chapter 8).  Operands are packed decimal written out by hand;
 * each expected result is the arithmetic done by hand, with the PoP's rules for signs (C plus,
 * D minus as results; a zero result positive unless digits were lost), condition codes and
 * exceptions.  SS-b text: op L1L2 B1D1 B2D2 with GR5 = X'10000' as the base. */
#include <stdio.h>
#include <string.h>

#include "harness.h"

#define B 0x10000

static void setup(struct harness *h)
{
    h_init(h);
    h->cpu.gr[5] = B;
}

/* n bytes at B+off as an integer, for comparing with a hand-written packed constant */
static uint64_t bytes_at(struct harness *h, unsigned off, unsigned n)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < n; i++)
        v = v << 8 | h->mem.bytes[B + off + i];
    return v;
}

START_TEST(ap_positive_plus_negative)
{
    struct harness h;
    setup(&h);
    h_bytes(&h, B, "00123C");      /* +123 in 3 bytes */
    h_bytes(&h, B + 0x10, "456D"); /* -456 in 2 bytes */
    /* AP 0(3,5),16(2,5): 123 + (-456) = -333 -> X'00333D', CC 1 (less than zero) */
    h_code(&h, H_CODE, "FA21 5000 5010");
    h_run_n(&h, 1);
    ck_assert_uint_eq(bytes_at(&h, 0, 3), 0x00333D);
    ck_assert_uint_eq(h.cpu.cc, 1);
    h_free(&h);
}
END_TEST

START_TEST(ap_accepts_alternate_signs_and_writes_preferred)
{
    struct harness h;
    setup(&h);
    h_bytes(&h, B, "025F");        /* +25 with sign F */
    h_bytes(&h, B + 0x10, "7A");   /* +7 with sign A */
    /* 25 + 7 = 32 -> X'032C' (preferred plus sign), CC 2 */
    h_code(&h, H_CODE, "FA10 5000 5010");
    h_run_n(&h, 1);
    ck_assert_uint_eq(bytes_at(&h, 0, 2), 0x032C);
    ck_assert_uint_eq(h.cpu.cc, 2);
    h_free(&h);
}
END_TEST

START_TEST(sp_to_zero_is_positive)
{
    struct harness h;
    setup(&h);
    h_bytes(&h, B, "00100D");
    h_bytes(&h, B + 0x10, "100D");
    /* -100 - (-100) = 0: zero is positive -> X'00000C', CC 0 */
    h_code(&h, H_CODE, "FB21 5000 5010");
    h_run_n(&h, 1);
    ck_assert_uint_eq(bytes_at(&h, 0, 3), 0x00000C);
    ck_assert_uint_eq(h.cpu.cc, 0);
    h_free(&h);
}
END_TEST

START_TEST(ap_overflow_cc3_and_masked_interruption)
{
    struct harness h;
    setup(&h);
    h_bytes(&h, B, "999D");
    h_bytes(&h, B + 0x10, "1D");
    /* -999 + -1 = -1000 needs 4 digits; 2 bytes hold 3: the digits 000 remain and, since
     * nonzero digits were lost, the sign stays minus: X'000D', CC 3 */
    h_code(&h, H_CODE, "FA10 5000 5010");
    h_run_n(&h, 1);
    ck_assert_uint_eq(bytes_at(&h, 0, 2), 0x000D);
    ck_assert_uint_eq(h.cpu.cc, 3);
    h_free(&h);

    /* with PSW bit 21 (decimal-overflow mask) on: decimal-overflow exception (X'0A') after
     * completion -- result stored, old PSW past the instruction, ILC 6, CC 3 in the old PSW */
    setup(&h);
    cpu_load_psw(&h.cpu, PSW_EA | PSW_BA | PSW_PM_DECOVF, H_CODE);
    h_bytes(&h, B, "999C");
    h_bytes(&h, B + 0x10, "1C");
    h_code(&h, H_CODE, "FA10 5000 5010");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_DECIMAL_OVERFLOW);
    ck_assert_uint_eq(bytes_at(&h, 0, 2), 0x000C);
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE + 6);
    ck_assert_uint_eq(h_ld32(&h, LC_PGM_ILC) >> 16, 6);
    ck_assert_uint_eq((h_ld64(&h, LC_PGM_OLD) >> 44) & 3, 3);
    h_free(&h);
}
END_TEST

START_TEST(invalid_sign_is_data_exception_dxc0)
{
    struct harness h;
    setup(&h);
    h_bytes(&h, B, "00123C");
    h_bytes(&h, B + 0x10, "4564"); /* sign 4 is not a sign code */
    h_st32(&h, LC_DXC, 0xFFFFFFFF); /* so that the stored DXC 0 is visible */
    h.cpu.dxc = 0x55;
    h_code(&h, H_CODE, "FA21 5000 5010");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_DATA);
    ck_assert_uint_eq(h_ld32(&h, LC_DXC), 0); /* DXC 0: decimal operand data */
    ck_assert_uint_eq(bytes_at(&h, 0, 3), 0x00123C); /* suppressed: nothing stored */
    ck_assert_uint_eq(h_ld32(&h, LC_PGM_ILC) >> 16, 6);
    h_free(&h);
}
END_TEST

START_TEST(invalid_digit_is_data_exception)
{
    struct harness h;
    setup(&h);
    h_bytes(&h, B, "1A3C"); /* digit A */
    h_bytes(&h, B + 0x10, "1C");
    h_code(&h, H_CODE, "FA10 5000 5010");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_DATA);
    h_free(&h);
}
END_TEST

START_TEST(zap_and_cp)
{
    struct harness h;
    setup(&h);
    h_bytes(&h, B, "FFFFFFFF");
    h_bytes(&h, B + 0x10, "123D 000D");
    /* ZAP 0(4,5),16(2,5): -123 -> X'0000123D', CC 1; the first operand is not checked */
    h_code(&h, H_CODE, "F831 5000 5010");
    h_run_n(&h, 1);
    ck_assert_uint_eq(bytes_at(&h, 0, 4), 0x0000123D);
    ck_assert_uint_eq(h.cpu.cc, 1);
    /* ZAP 0(4,5),18(2,5): minus zero -> positive zero X'0000000C', CC 0 */
    h_code(&h, H_CODE + 6, "F831 5000 5012");
    h_run_n(&h, 1);
    ck_assert_uint_eq(bytes_at(&h, 0, 4), 0x0000000C);
    ck_assert_uint_eq(h.cpu.cc, 0);
    /* CP 16(2,5),20(3,5): X'123D' (-123) against X'00123C' (+123) -> low, CC 1 */
    h_bytes(&h, B + 0x14, "00123C");
    h_code(&h, H_CODE + 12, "F912 5010 5014");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 1);
    /* CP 20(3,5),16(2,5): the reverse -> high, CC 2 */
    h_code(&h, H_CODE + 18, "F921 5014 5010");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 2);
    /* CP 18(2,5),0(4,5): -0 (X'000D') against +0 (X'0000000C') -> equal, CC 0 */
    h_code(&h, H_CODE + 24, "F913 5012 5000");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 0);
    /* CP of +123 with +123 in different lengths -> equal */
    h_bytes(&h, B + 0x20, "123C");
    h_code(&h, H_CODE + 30, "F921 5014 5020");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.cc, 0);
    h_free(&h);
}
END_TEST

START_TEST(mp_multiplies_with_algebraic_sign)
{
    struct harness h;
    setup(&h);
    h_bytes(&h, B, "0000123C");     /* +123, 4 bytes: 2 leftmost zero bytes */
    h_bytes(&h, B + 0x10, "045D");  /* -45, 2 bytes */
    /* MP 0(4,5),16(2,5): 123 * -45 = -5535 -> X'0005535D'; CC unchanged */
    h.cpu.cc = 2;
    h_code(&h, H_CODE, "FC31 5000 5010");
    h_run_n(&h, 1);
    ck_assert_uint_eq(bytes_at(&h, 0, 4), 0x0005535D);
    ck_assert_uint_eq(h.cpu.cc, 2);
    /* a zero product keeps the algebraic sign: 0 * -45 -> X'0000000D' */
    h_bytes(&h, B, "0000000C");
    h_code(&h, H_CODE + 6, "FC31 5000 5010");
    h_run_n(&h, 1);
    ck_assert_uint_eq(bytes_at(&h, 0, 4), 0x0000000D);
    h_free(&h);
}
END_TEST

START_TEST(mp_exceptions)
{
    struct harness h;
    setup(&h);
    /* multiplicand X'0001123C' has only 1 leftmost zero byte, multiplier 2 bytes -> data */
    h_bytes(&h, B, "0001123C");
    h_bytes(&h, B + 0x10, "045D");
    h_code(&h, H_CODE, "FC31 5000 5010");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_DATA);
    ck_assert_uint_eq(bytes_at(&h, 0, 4), 0x0001123C);
    h_free(&h);
    /* L2 >= L1 -> specification; L2 > 7 (9-byte multiplier) -> specification */
    static const char *const spec[] = {"FC33 5000 5010", "FCF8 5000 5010"};
    for (int i = 0; i < 2; i++) {
        setup(&h);
        h_code(&h, H_CODE, spec[i]);
        h_run(&h);
        ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
        h_free(&h);
    }
}
END_TEST

START_TEST(dp_quotient_and_remainder)
{
    struct harness h;
    setup(&h);
    h_bytes(&h, B, "0001234C");    /* dividend +1234 */
    h_bytes(&h, B + 0x10, "025C"); /* divisor +25 */
    /* DP 0(4,5),16(2,5): 1234 = 49 * 25 + 9; quotient in the leftmost 2 bytes X'049C',
     * remainder in the rightmost 2 bytes X'009C' */
    h_code(&h, H_CODE, "FD31 5000 5010");
    h_run_n(&h, 1);
    ck_assert_uint_eq(bytes_at(&h, 0, 4), 0x049C009C);
    /* -1234 / 25: quotient -49, remainder -9 (the dividend's sign) */
    h_bytes(&h, B, "0001234D");
    h_code(&h, H_CODE + 6, "FD31 5000 5010");
    h_run_n(&h, 1);
    ck_assert_uint_eq(bytes_at(&h, 0, 4), 0x049D009D);
    /* -20 / 25: quotient -0 keeps its algebraic sign, remainder -20 */
    h_bytes(&h, B, "0000020D");
    h_code(&h, H_CODE + 12, "FD31 5000 5010");
    h_run_n(&h, 1);
    ck_assert_uint_eq(bytes_at(&h, 0, 4), 0x000D020D);
    h_free(&h);
}
END_TEST

START_TEST(dp_decimal_divide_exceptions)
{
    struct harness h;
    setup(&h);
    /* the quotient field holds 3 digits: 25000 / 25 = 1000 does not fit -> X'0B', unchanged */
    h_bytes(&h, B, "0025000C");
    h_bytes(&h, B + 0x10, "025C");
    h_code(&h, H_CODE, "FD31 5000 5010");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_DECIMAL_DIVIDE);
    ck_assert_uint_eq(bytes_at(&h, 0, 4), 0x0025000C);
    h_free(&h);
    /* 24999 / 25 = 999 r 24 fits */
    setup(&h);
    h_bytes(&h, B, "0024999C");
    h_bytes(&h, B + 0x10, "025C");
    h_code(&h, H_CODE, "FD31 5000 5010");
    h_run_n(&h, 1);
    ck_assert_uint_eq(bytes_at(&h, 0, 4), 0x999C024C);
    h_free(&h);
    /* zero divisor */
    setup(&h);
    h_bytes(&h, B, "0000001C");
    h_bytes(&h, B + 0x10, "000C");
    h_code(&h, H_CODE, "FD31 5000 5010");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_DECIMAL_DIVIDE);
    h_free(&h);
}
END_TEST

START_TEST(srp_shifts_and_rounds)
{
    struct harness h;
    setup(&h);
    h_bytes(&h, B, "0001234C");
    /* SRP 0(4,5),3,0: shift left 3: 1234000 -> X'1234000C', CC 2 */
    h_code(&h, H_CODE, "F030 5000 0003");
    h_run_n(&h, 1);
    ck_assert_uint_eq(bytes_at(&h, 0, 4), 0x1234000C);
    ck_assert_uint_eq(h.cpu.cc, 2);
    /* SRP 0(4,5),62,5: shift right 2 (62 = -2 in 6 bits) rounding with 5:
     * 1234567 -> 12345, leftmost digit shifted out 6, 6+5 >= 10 -> 12346 */
    h_bytes(&h, B, "1234567C");
    h_code(&h, H_CODE + 6, "F035 5000 003E");
    h_run_n(&h, 1);
    ck_assert_uint_eq(bytes_at(&h, 0, 4), 0x0012346C);
    ck_assert_uint_eq(h.cpu.cc, 2);
    /* 1234547 right 2 rounding 5: digit out 4, 4+5 < 10 -> 12345 */
    h_bytes(&h, B, "1234547D");
    h_code(&h, H_CODE + 12, "F035 5000 003E");
    h_run_n(&h, 1);
    ck_assert_uint_eq(bytes_at(&h, 0, 4), 0x0012345D);
    ck_assert_uint_eq(h.cpu.cc, 1);
    /* left 1 of -1234567 loses the 1: X'2345670D', CC 3 */
    h_bytes(&h, B, "1234567D");
    h_code(&h, H_CODE + 18, "F030 5000 0001");
    h_run_n(&h, 1);
    ck_assert_uint_eq(bytes_at(&h, 0, 4), 0x2345670D);
    ck_assert_uint_eq(h.cpu.cc, 3);
    /* right 1 of -4 rounding 0: -0 becomes +0, CC 0 */
    h_bytes(&h, B, "0000004D");
    h_code(&h, H_CODE + 24, "F030 5000 003F");
    h_run_n(&h, 1);
    ck_assert_uint_eq(bytes_at(&h, 0, 4), 0x0000000C);
    ck_assert_uint_eq(h.cpu.cc, 0);
    h_free(&h);
    /* rounding digit X'A' is invalid -> data exception */
    setup(&h);
    h_bytes(&h, B, "0000004D");
    h_code(&h, H_CODE, "F03A 5000 003F");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_DATA);
    h_free(&h);
}
END_TEST

START_TEST(tp_condition_codes)
{
    struct harness h;
    setup(&h);
    h_bytes(&h, B, "1234567C 1234567B 12345674 1A34567C 1A345674");
    /* TP 0(4,5) ... : valid 0; sign B valid 0; sign 4 -> 1; digit A -> 2; both -> 3 */
    static const unsigned want[] = {0, 0, 1, 2, 3};
    for (unsigned i = 0; i < 5; i++) {
        char text[32];
        snprintf(text, sizeof text, "EB30 5%03X 00C0", 4 * i);
        h_code(&h, H_CODE + 6 * i, text);
        h_run_n(&h, 1);
        ck_assert_uint_eq(h.cpu.cc, want[i]);
    }
    h_free(&h);
}
END_TEST

START_TEST(pack_unpk_mvo)
{
    struct harness h;
    setup(&h);
    h_bytes(&h, B + 0x10, "F1F2F3C4");
    /* PACK 0(3,5),16(4,5): rightmost X'C4' -> X'4C', then digits 3,2 -> X'23', then 1 and a
     * missing digit 0 -> X'01': X'01234C' */
    h_code(&h, H_CODE, "F223 5000 5010");
    h_run_n(&h, 1);
    ck_assert_uint_eq(bytes_at(&h, 0, 3), 0x01234C);
    /* UNPK 32(5,5),0(3,5): X'4C' -> X'C4', then X'23' -> F3 F2, X'01' -> F1 F0 */
    h_code(&h, H_CODE + 6, "F342 5020 5000");
    h_run_n(&h, 1);
    ck_assert_uint_eq(bytes_at(&h, 0x20, 5), 0xF0F1F2F3C4ULL);
    /* UNPK 48(2,5),0(3,5): only X'C4' and digit 3 fit: X'F3C4' */
    h_code(&h, H_CODE + 12, "F312 5030 5000");
    h_run_n(&h, 1);
    ck_assert_uint_eq(bytes_at(&h, 0x30, 2), 0xF3C4);
    /* MVO 64(4,5),0(3,5) with X'7777777C' at B+64: X'01234C' goes left of the kept sign C:
     * nibbles 0 1 2 3 4 C then C -> X'001234CC' */
    h_bytes(&h, B + 0x40, "7777777C");
    h_code(&h, H_CODE + 18, "F132 5040 5000");
    h_run_n(&h, 1);
    ck_assert_uint_eq(bytes_at(&h, 0x40, 4), 0x001234CC);
    h_free(&h);
}
END_TEST

START_TEST(pack_in_place)
{
    struct harness h;
    setup(&h);
    /* PACK 0(4,5),0(4,5) on zoned X'F1F2F3C4': right to left, each result byte stored right
     * after the source bytes it needs were fetched: byte 3 <- X'4C'; byte 2 <- digits 3
     * (from byte 2) and 2 (byte 1) = X'23'; byte 1 <- digit 1 (byte 0) and none = X'01';
     * byte 0 <- X'00' */
    h_bytes(&h, B, "F1F2F3C4");
    h_code(&h, H_CODE, "F233 5000 5000");
    h_run_n(&h, 1);
    ck_assert_uint_eq(bytes_at(&h, 0, 4), 0x0001234C);
    h_free(&h);
}
END_TEST

START_TEST(cvd_cvb)
{
    struct harness h;
    setup(&h);
    h.cpu.gr[1] = 0x12345678FFFFFB2EULL; /* bits 32-63: -1234 */
    /* CVD 1,0(0,5): -1234 -> X'000000000001234D' */
    h_code(&h, H_CODE, "4E105000");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h_ld64(&h, B), 0x000000000001234DULL);
    /* CVB 2,0(0,5): back to -1234 in bits 32-63, bits 0-31 kept */
    h.cpu.gr[2] = 0xAAAAAAAA00000000ULL;
    h_code(&h, H_CODE + 4, "4F205000");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.gr[2], 0xAAAAAAAAFFFFFB2EULL);
    /* CVDG 1,16(0,5): 2^63-1 = 9223372036854775807 (19 digits) in 16 bytes */
    h.cpu.gr[1] = 0x7FFFFFFFFFFFFFFFULL;
    h_code(&h, H_CODE + 8, "E3105010 002E");
    h_run_n(&h, 1);
    /* 12 zeros, the 19 digits, sign C: 0000000000009223 372036854775807C */
    ck_assert_uint_eq(h_ld64(&h, B + 16), 0x0000000000009223ULL);
    ck_assert_uint_eq(h_ld64(&h, B + 24), 0x372036854775807CULL);
    h_free(&h);
}
END_TEST

START_TEST(cvdg_cvbg_round_trip)
{
    struct harness h;
    setup(&h);
    /* -2^63 = -9223372036854775808: CVDG then CVBG gives it back without overflow */
    h.cpu.gr[1] = 0x8000000000000000ULL;
    h_code(&h, H_CODE, "E3105000 002E E3205000 000E");
    h_run_n(&h, 2);
    ck_assert_uint_eq(h_ld64(&h, B), 0x0000000000009223ULL);
    ck_assert_uint_eq(h_ld64(&h, B + 8), 0x372036854775808DULL);
    ck_assert_uint_eq(h.cpu.gr[2], 0x8000000000000000ULL);
    h_free(&h);
}
END_TEST

START_TEST(cvb_overflow_and_data)
{
    struct harness h;
    setup(&h);
    /* +2147483648 = 2^31 does not fit 32 bits signed: fixed-point-divide exception (X'09') */
    h_bytes(&h, B, "00000214 7483648C");
    h_code(&h, H_CODE, "4F105000");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_FIXED_DIVIDE);
    h_free(&h);
    /* -2147483648 fits */
    setup(&h);
    h_bytes(&h, B, "00000214 7483648D");
    h_code(&h, H_CODE, "4F105000");
    h_run_n(&h, 1);
    ck_assert_uint_eq((uint32_t)h.cpu.gr[1], 0x80000000);
    h_free(&h);
    /* invalid sign -> data exception */
    setup(&h);
    h_bytes(&h, B, "00000000 00001234");
    h_code(&h, H_CODE, "4F105000");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_DATA);
    h_free(&h);
}
END_TEST

START_TEST(ed_pattern_with_plus_source)
{
    struct harness h;
    setup(&h);
    /* pattern: fill blank, d d , d s d . d d blank C R  (X'20' digit selector, X'21'
     * significance starter); source +2574.26 as X'0257426C' */
    h_bytes(&h, B, "40 20 20 6B 20 21 20 4B 20 20 40 C3 D9");
    h_bytes(&h, B + 0x20, "02 57 42 6C");
    h.cpu.gr[1] = 0x5555;
    /* Worked through byte by byte:
     *  40 fill (message byte, significance off) -> 40
     *  20 digit 0, significance off -> fill 40
     *  20 digit 2 -> F2, significance on
     *  6B message, significance on -> 6B
     *  20 5 -> F5;  21 7 -> F7;  20 4 -> F4;  4B -> 4B;  20 2 -> F2
     *  20 6 -> F6; the right half C of that source byte is a plus sign: significance off
     *  40 C3 D9 message bytes with significance off -> fill 40 40 40
     * CC 2: nonzero digits and significance off at the end (positive) */
    h_code(&h, H_CODE, "DE0C 5000 5020"); /* ED 0(13,5),32(5) */
    h_run_n(&h, 1);
    const uint8_t want[13] = {0x40, 0x40, 0xF2, 0x6B, 0xF5, 0xF7, 0xF4, 0x4B, 0xF2, 0xF6, 0x40, 0x40, 0x40};
    ck_assert_mem_eq(h.mem.bytes + B, want, 13);
    ck_assert_uint_eq(h.cpu.cc, 2);
    ck_assert_uint_eq(h.cpu.gr[1], 0x5555); /* ED does not touch GR1 */
    h_free(&h);
}
END_TEST

START_TEST(edmk_marks_first_significant_digit)
{
    struct harness h;
    setup(&h);
    h_bytes(&h, B, "40 20 20 6B 20 21 20 4B 20 20 40 C3 D9");
    h_bytes(&h, B + 0x20, "02 57 42 6C");
    h.cpu.gr[1] = 0xFFFFFFFF00000000ULL;
    /* EDMK: as above; the digit 2 turning significance on is stored at B+2 -> GR1 = B+2
     * (64-bit mode: all of GR1) */
    h_code(&h, H_CODE, "DF0C 5000 5020");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h.cpu.gr[1], B + 2);
    ck_assert_uint_eq(h.cpu.cc, 2);
    h_free(&h);
}
END_TEST

START_TEST(edmk_minus_source_significance_starter)
{
    struct harness h;
    setup(&h);
    h_bytes(&h, B, "40 20 20 6B 20 21 20 4B 20 20 40 C3 D9");
    h_bytes(&h, B + 0x20, "00 00 02 6D"); /* -0000026 */
    h.cpu.gr[1] = 0x1234;
    /*  40 -> 40;  20 0 -> 40;  20 0 -> 40;  6B (off) -> 40;  20 0 -> 40
     *  21 0 -> 40 and significance turns on after it
     *  20 0 -> F0 (on);  4B -> 4B;  20 2 -> F2;  20 6 -> F6, sign D (minus): stays on
     *  40 C3 D9 kept: "      0.26 CR"; CC 1 (nonzero, significance on = negative).
     * EDMK: significance was turned on by the starter, not by a nonzero digit -> GR1 kept */
    h_code(&h, H_CODE, "DF0C 5000 5020");
    h_run_n(&h, 1);
    const uint8_t want[13] = {0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0xF0, 0x4B, 0xF2, 0xF6, 0x40, 0xC3, 0xD9};
    ck_assert_mem_eq(h.mem.bytes + B, want, 13);
    ck_assert_uint_eq(h.cpu.cc, 1);
    ck_assert_uint_eq(h.cpu.gr[1], 0x1234);
    h_free(&h);
}
END_TEST

START_TEST(ed_field_separator_resets_cc)
{
    struct harness h;
    setup(&h);
    /* fill *, field 1 "d d", separator, field 2 "d d" */
    h_bytes(&h, B, "5C 20 20 22 20 20");
    h_bytes(&h, B + 0x20, "01 0C 0C");
    /*  5C -> 5C (fill, significance off)
     *  20 left digit 0 of X'01' -> fill 5C;  20 right digit 1 -> F1, on
     *  22 -> fill 5C, significance off, field result restarts
     *  20 X'0C': 0 -> 5C, sign C: off;  20 X'0C': 0 -> 5C, off
     * CC 0: the last field is zero (the first field's 1 no longer counts) */
    h_code(&h, H_CODE, "DE05 5000 5020");
    h_run_n(&h, 1);
    const uint8_t want[6] = {0x5C, 0x5C, 0xF1, 0x5C, 0x5C, 0x5C};
    ck_assert_mem_eq(h.mem.bytes + B, want, 6);
    ck_assert_uint_eq(h.cpu.cc, 0);
    h_free(&h);
}
END_TEST

START_TEST(ed_invalid_digit_is_data_exception)
{
    struct harness h;
    setup(&h);
    h_bytes(&h, B, "40 20 20 20");
    h_bytes(&h, B + 0x20, "A1 3C"); /* left half A of a source byte is not a digit */
    h_code(&h, H_CODE, "DE03 5000 5020");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_DATA);
    ck_assert_uint_eq(bytes_at(&h, 0, 4), 0x40202020); /* pattern unchanged */
    h_free(&h);
}
END_TEST

START_TEST(pka_unpka)
{
    struct harness h;
    setup(&h);
    /* PKA 0(5),32(5,5) (SS-f: E9 L2 B1D1 B2D2): ASCII "01234", zones ignored -> 16-byte
     * packed +1234 with sign C: X'0000...0001234C' */
    h_bytes(&h, B + 0x20, "3031323334");
    h_code(&h, H_CODE, "E904 5000 5020");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h_ld64(&h, B), 0);
    ck_assert_uint_eq(h_ld64(&h, B + 8), 0x000000000001234CULL);
    /* UNPKA 48(6,5),0(5): the rightmost 6 digits "001234" in ASCII; sign C -> CC 0 */
    h_code(&h, H_CODE + 6, "EA05 5030 5000");
    h_run_n(&h, 1);
    ck_assert_uint_eq(bytes_at(&h, 0x30, 6), 0x303031323334ULL);
    ck_assert_uint_eq(h.cpu.cc, 0);
    h_free(&h);
}
END_TEST

START_TEST(pku_unpku)
{
    struct harness h;
    setup(&h);
    /* PKU 0(5),32(6,5): Unicode "123" (X'0031 0032 0033') -> 16-byte packed +123 */
    h_bytes(&h, B + 0x20, "003100320033");
    h_code(&h, H_CODE, "E105 5000 5020");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h_ld64(&h, B), 0);
    ck_assert_uint_eq(h_ld64(&h, B + 8), 0x000000000000123CULL);
    /* UNPKU 48(8,5),0(5): the rightmost 4 digits "0123" as Unicode characters; plus -> CC 0 */
    h_code(&h, H_CODE + 6, "E207 5030 5000");
    h_run_n(&h, 1);
    ck_assert_uint_eq(h_ld64(&h, B + 0x30), 0x0030003100320033ULL);
    ck_assert_uint_eq(h.cpu.cc, 0);
    /* an odd Unicode length is a specification exception */
    h_code(&h, H_CODE + 12, "E204 5030 5000");
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_SPECIFICATION);
    h_free(&h);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("decimal");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, ap_positive_plus_negative);
    tcase_add_test(tc, ap_accepts_alternate_signs_and_writes_preferred);
    tcase_add_test(tc, sp_to_zero_is_positive);
    tcase_add_test(tc, ap_overflow_cc3_and_masked_interruption);
    tcase_add_test(tc, invalid_sign_is_data_exception_dxc0);
    tcase_add_test(tc, invalid_digit_is_data_exception);
    tcase_add_test(tc, zap_and_cp);
    tcase_add_test(tc, mp_multiplies_with_algebraic_sign);
    tcase_add_test(tc, mp_exceptions);
    tcase_add_test(tc, dp_quotient_and_remainder);
    tcase_add_test(tc, dp_decimal_divide_exceptions);
    tcase_add_test(tc, srp_shifts_and_rounds);
    tcase_add_test(tc, tp_condition_codes);
    tcase_add_test(tc, pack_unpk_mvo);
    tcase_add_test(tc, pack_in_place);
    tcase_add_test(tc, cvd_cvb);
    tcase_add_test(tc, cvdg_cvbg_round_trip);
    tcase_add_test(tc, cvb_overflow_and_data);
    tcase_add_test(tc, ed_pattern_with_plus_source);
    tcase_add_test(tc, edmk_marks_first_significant_digit);
    tcase_add_test(tc, edmk_minus_source_significance_starter);
    tcase_add_test(tc, ed_field_separator_resets_cc);
    tcase_add_test(tc, ed_invalid_digit_is_data_exception);
    tcase_add_test(tc, pka_unpka);
    tcase_add_test(tc, pku_unpku);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
