/* Fixed-point add and subtract (PoP chapter 7, "ADD", "ADD LOGICAL", "ADD LOGICAL WITH
 * CARRY", "SUBTRACT", "SUBTRACT LOGICAL", "SUBTRACT LOGICAL WITH BORROW").  Expected values
 * worked out by hand from the PoP definitions; the arithmetic is in the comments. */
#include <pthread.h>

#include "test_fixed.h"

static const struct fcase signed_cases[] = {
    /* 5 + (-3) = 2 in bits 32-63; bits 0-31 of R1 kept, those of R2 ignored */
    {"ar %r2,%r3", "1A23", .r2 = 0xFFFFFFFF00000005, .r3 = 0x12345678FFFFFFFD, .w2 = 0xFFFFFFFF00000002, .cc = 2},
    /* 0x7FFFFFFF + 1 overflows: result 0x80000000, CC 3, no interruption with the mask off */
    {"ar %r2,%r3", "1A23", .r2 = 0x7FFFFFFF, .r3 = 1, .w2 = 0x80000000, .cc = 3},
    /* mask on: completion, the result is stored and the old PSW points past AR */
    {"ar %r2,%r3", "1A23", .r2 = 0x7FFFFFFF, .r3 = 1, .w2 = 0x80000000, .cc = 3, .pm = true, .pgm = PGM_FIXED_OVERFLOW},
    /* -2^31 + -2^31 = -2^32: low 32 bits zero, overflow */
    {"ar %r2,%r3", "1A23", .r2 = 0x80000000, .r3 = 0x80000000, .w2 = 0, .cc = 3},
    /* 0x10 + (-16) = 0 */
    {"a %r2,0(%r5)", "5A205000", .r2 = 0x1111111100000010, .mem = 0xFFFFFFF000000000, .w2 = 0x1111111100000000, .cc = 0},
    /* -1 + -2^31 overflows to 0x7FFFFFFF; the word at +4 */
    {"ay %r2,4(%r5)", "E3205004005A", .r2 = 0xFFFFFFFF, .mem = 0x0000000080000000, .w2 = 0x7FFFFFFF, .cc = 3},
    /* negative 20-bit displacement with an index: 16 + DATA - 8 = DATA + 8, the word 2 */
    {"ay %r2,-8(%r4,%r5)", "E3245FF8FF5A", .r2 = 1, .r4 = 16, .mem = 0xFFFFFFFF, .mem2 = 0x00000002FFFFFFFF, .w2 = 3, .cc = 2},
    /* halfword -2 sign-extended: 1 + (-2) = -1 */
    {"ah %r2,0(%r5)", "4A205000", .r2 = 0xAAAAAAAA00000001, .mem = 0xFFFE000000000000, .w2 = 0xAAAAAAAAFFFFFFFF, .cc = 1},
    /* 0x7FFF0000 + 0x7FFF (bytes 2-3) */
    {"ahy %r2,2(%r5)", "E3205002007A", .r2 = 0x7FFF0000, .mem = 0x00007FFF00000000, .w2 = 0x7FFF7FFF, .cc = 2},
    {"ahi %r2,-1", "A72AFFFF", .r2 = 0x500000000, .w2 = 0x5FFFFFFFF, .cc = 1},
    {"afi %r2,2147483647", "C2297FFFFFFF", .r2 = 1, .w2 = 0x80000000, .cc = 3, .pm = true, .pgm = PGM_FIXED_OVERFLOW},
    /* R1 = R3 + I2: 0x8000 + (-0x8000) = 0; bits 0-31 of R1 (not R3) kept */
    {"ahik %r2,%r4,-32768", "EC24800000D8", .r2 = 0x123456789ABCDEF0, .r4 = 0x8000, .w2 = 0x1234567800000000, .cc = 0},
    /* R1 = R2 + R3 = 3 + 4 */
    {"ark %r2,%r3,%r4", "B9F84023", .r2 = 0xABCD000000000000, .r3 = 0xFFFFFFFF00000003, .r4 = 4, .w2 = 0xABCD000000000007, .cc = 2},
    {"agr %r2,%r3", "B9080023", .r2 = 0x7FFFFFFFFFFFFFFF, .r3 = 1, .w2 = 0x8000000000000000, .cc = 3, .pm = true, .pgm = PGM_FIXED_OVERFLOW},
    /* the carry out of bit 32 reaches the high word */
    {"agr %r2,%r3", "B9080023", .r2 = 0xFFFFFFFF, .r3 = 1, .w2 = 0x100000000, .cc = 2},
    /* low word of R2 (-1) sign-extended */
    {"agfr %r2,%r3", "B9180023", .r2 = 0, .r3 = 0x12345678FFFFFFFF, .w2 = 0xFFFFFFFFFFFFFFFF, .cc = 1},
    /* -2^63 + -2^63 = -2^64: zero, overflow */
    {"ag %r2,0(%r5)", "E32050000008", .r2 = 0x8000000000000000, .mem = 0x8000000000000000, .w2 = 0, .cc = 3},
    /* 2^31 + (-2^31) = 0 */
    {"agf %r2,4(%r5)", "E32050040018", .r2 = 0x80000000, .mem = 0x80000000, .w2 = 0, .cc = 0},
    {"aghi %r2,-2", "A72BFFFE", .r2 = 1, .w2 = 0xFFFFFFFFFFFFFFFF, .cc = 1},
    {"agfi %r2,-2147483648", "C22880000000", .r2 = 0, .w2 = 0xFFFFFFFF80000000, .cc = 1},
    {"aghik %r2,%r4,1", "EC24000100D9", .r4 = 0x7FFFFFFFFFFFFFFF, .w2 = 0x8000000000000000, .cc = 3},
    {"agrk %r2,%r3,%r4", "B9E84023", .r2 = 9, .r3 = 5, .r4 = (uint64_t)-5, .w2 = 0, .cc = 0},
    /* 0x8000 + (-0x8000) */
    {"agh %r2,0(%r5)", "E32050000038", .r2 = 0x8000, .mem = 0x8000000000000000, .w2 = 0, .cc = 0},
    /* -2^31 - 1 overflows to 0x7FFFFFFF */
    {"sr %r2,%r3", "1B23", .r2 = 0xFFFFFFFF80000000, .r3 = 1, .w2 = 0xFFFFFFFF7FFFFFFF, .cc = 3},
    {"sr %r2,%r3", "1B23", .r2 = 0xFFFFFFFF80000000, .r3 = 1, .w2 = 0xFFFFFFFF7FFFFFFF, .cc = 3, .pm = true, .pgm = PGM_FIXED_OVERFLOW},
    {"sr %r2,%r2", "1B22", .r2 = 0x100000005, .w2 = 0x100000000, .cc = 0},
    {"s %r2,0(%r5)", "5B205000", .r2 = 0, .mem = 0x0000000100000000, .w2 = 0xFFFFFFFF, .cc = 1},
    /* 0x7FFFFFFF - (-1) overflows */
    {"sh %r2,0(%r5)", "4B205000", .r2 = 0x7FFFFFFF, .mem = 0xFFFF000000000000, .w2 = 0x80000000, .cc = 3},
    {"shy %r2,0(%r5)", "E3205000007B", .r2 = 0x10, .mem = 0x0010000000000000, .w2 = 0, .cc = 0},
    {"sy %r2,4(%r5)", "E3205004005B", .r2 = 10, .mem = 3, .w2 = 7, .cc = 2},
    /* R1 = R2 - R3 = 3 - 10 = -7 */
    {"srk %r2,%r3,%r4", "B9F94023", .r2 = 0x4400000000000000, .r3 = 3, .r4 = 10, .w2 = 0x44000000FFFFFFF9, .cc = 1},
    {"sgr %r2,%r3", "B9090023", .r2 = 0x8000000000000000, .r3 = 1, .w2 = 0x7FFFFFFFFFFFFFFF, .cc = 3},
    /* low word -1 sign-extended: 0x7FF..F - (-1) overflows (zero-extension would give
     * 0x7FFFFFFF00000000, CC 2) */
    {"sgfr %r2,%r3", "B9190023", .r2 = 0x7FFFFFFFFFFFFFFF, .r3 = 0xFFFFFFFF, .w2 = 0x8000000000000000, .cc = 3},
    {"sg %r2,0(%r5)", "E32050000009", .r2 = 0, .mem = 1, .w2 = 0xFFFFFFFFFFFFFFFF, .cc = 1},
    /* 0 - (-2) */
    {"sgf %r2,0(%r5)", "E32050000019", .r2 = 0, .mem = 0xFFFFFFFE00000000, .w2 = 2, .cc = 2},
    {"sgrk %r2,%r3,%r4", "B9E94023", .r2 = 7, .r3 = 0x123, .r4 = 0x123, .w2 = 0, .cc = 0},
    {"sgh %r2,0(%r5)", "E32050000039", .r2 = 1, .mem = 0x0001000000000000, .w2 = 0, .cc = 0},
};

/* Logical: CC 0 zero/no carry, 1 nonzero/no carry, 2 zero/carry, 3 nonzero/carry; for
 * subtraction carry = no borrow. */
static const struct fcase logical_cases[] = {
    /* 0xFFFFFFFF + 1 = 1_00000000: zero with carry */
    {"alr %r2,%r3", "1E23", .r2 = 0xAAAAAAAAFFFFFFFF, .r3 = 1, .w2 = 0xAAAAAAAA00000000, .cc = 2},
    {"alr %r2,%r3", "1E23", .r2 = 0xFFFFFFFF, .r3 = 2, .w2 = 1, .cc = 3},
    {"alr %r2,%r3", "1E23", .r2 = 0, .r3 = 0, .w2 = 0, .cc = 0},
    {"alr %r2,%r3", "1E23", .r2 = 1, .r3 = 0x7FFFFFFF, .w2 = 0x80000000, .cc = 1},
    {"al %r2,0(%r5)", "5E205000", .r2 = 0x80000000, .mem = 0x8000000000000000, .w2 = 0, .cc = 2},
    {"aly %r2,4(%r5)", "E3205004005E", .r2 = 5, .mem = 6, .w2 = 11, .cc = 1},
    {"alfi %r2,4294967295", "C22BFFFFFFFF", .r2 = 1, .w2 = 0, .cc = 2},
    /* ALHSIK adds the sign-extended immediate: 0 + 0xFFFFFFFF, no carry; 1 + 0xFFFFFFFF carries */
    {"alhsik %r2,%r4,-1", "EC24FFFF00DA", .r2 = 0x900000000, .r4 = 0, .w2 = 0x9FFFFFFFF, .cc = 1},
    {"alhsik %r2,%r4,-1", "EC24FFFF00DA", .r4 = 1, .w2 = 0, .cc = 2},
    /* 0xFFFFFFFF + 0xFFFFFFFF = 1_FFFFFFFE */
    {"alrk %r2,%r3,%r4", "B9FA4023", .r3 = 0xFFFFFFFF, .r4 = 0xFFFFFFFF, .w2 = 0xFFFFFFFE, .cc = 3},
    {"algr %r2,%r3", "B90A0023", .r2 = 0xFFFFFFFFFFFFFFFF, .r3 = 1, .w2 = 0, .cc = 2},
    /* the low word zero-extended: 1 + 0xFFFFFFFF = 0x1_00000000 */
    {"algfr %r2,%r3", "B91A0023", .r2 = 1, .r3 = 0xFFFFFFFFFFFFFFFF, .w2 = 0x100000000, .cc = 1},
    {"algfi %r2,4294967295", "C22AFFFFFFFF", .r2 = 1, .w2 = 0x100000000, .cc = 1},
    {"alghsik %r2,%r4,-1", "EC24FFFF00DB", .r4 = 1, .w2 = 0, .cc = 2},
    {"alg %r2,0(%r5)", "E3205000000A", .r2 = 0x8000000000000000, .mem = 0x8000000000000000, .w2 = 0, .cc = 2},
    /* 0xFFFFFFFF00000001 + 0xFFFFFFFF = 2^64 */
    {"algf %r2,4(%r5)", "E3205004001A", .r2 = 0xFFFFFFFF00000001, .mem = 0xFFFFFFFF, .w2 = 0, .cc = 2},
    {"algrk %r2,%r3,%r4", "B9EA4023", .r3 = 0x8000000000000000, .r4 = 0x8000000000000001, .w2 = 1, .cc = 3},
    /* with carry: the carry in is CC 2 or 3 */
    {"alcr %r2,%r3", "B9980023", .cc_in = 2, .r2 = 0xFFFFFFFF, .r3 = 0, .w2 = 0, .cc = 2},
    {"alcr %r2,%r3", "B9980023", .cc_in = 1, .r2 = 0xFFFFFFFF, .r3 = 0, .w2 = 0xFFFFFFFF, .cc = 1},
    {"alcr %r2,%r3", "B9980023", .cc_in = 3, .r2 = 1, .r3 = 1, .w2 = 3, .cc = 1},
    /* (2^64-1) + (2^64-1) + 1 = 2^65 - 1 */
    {"alcgr %r2,%r3", "B9880023", .cc_in = 3, .r2 = 0xFFFFFFFFFFFFFFFF, .r3 = 0xFFFFFFFFFFFFFFFF, .w2 = 0xFFFFFFFFFFFFFFFF, .cc = 3},
    {"alc %r2,0(%r5)", "E32050000098", .cc_in = 2, .r2 = 0x100000000, .mem = 0x7FFFFFFF00000000, .w2 = 0x180000000, .cc = 1},
    {"alcg %r2,0(%r5)", "E32050000088", .cc_in = 0, .r2 = 1, .mem = 0xFFFFFFFFFFFFFFFF, .w2 = 0, .cc = 2},
    /* subtract logical */
    {"slr %r2,%r3", "1F23", .r2 = 5, .r3 = 5, .w2 = 0, .cc = 2},
    {"slr %r2,%r3", "1F23", .r2 = 0x700000005, .r3 = 6, .w2 = 0x7FFFFFFFF, .cc = 1},
    {"slr %r2,%r3", "1F23", .r2 = 6, .r3 = 5, .w2 = 1, .cc = 3},
    /* subtracting zero never borrows */
    {"slr %r2,%r3", "1F23", .r2 = 0, .r3 = 0, .w2 = 0, .cc = 2},
    {"sl %r2,0(%r5)", "5F205000", .r2 = 1, .mem = 0x0000000200000000, .w2 = 0xFFFFFFFF, .cc = 1},
    {"sly %r2,4(%r5)", "E3205004005F", .r2 = 9, .mem = 4, .w2 = 5, .cc = 3},
    {"slfi %r2,1", "C22500000001", .r2 = 0, .w2 = 0xFFFFFFFF, .cc = 1},
    {"slrk %r2,%r3,%r4", "B9FB4023", .r3 = 10, .r4 = 3, .w2 = 7, .cc = 3},
    {"slgr %r2,%r3", "B90B0023", .r2 = 0, .r3 = 1, .w2 = 0xFFFFFFFFFFFFFFFF, .cc = 1},
    /* low word zero-extended: 1 - 1 */
    {"slgfr %r2,%r3", "B91B0023", .r2 = 1, .r3 = 0xFFFFFFFF00000001, .w2 = 0, .cc = 2},
    {"slgfi %r2,4294967295", "C224FFFFFFFF", .r2 = 0x100000000, .w2 = 1, .cc = 3},
    {"slg %r2,0(%r5)", "E3205000000B", .r2 = 0x8000000000000000, .mem = 0x8000000000000000, .w2 = 0, .cc = 2},
    {"slgf %r2,0(%r5)", "E3205000001B", .r2 = 0x100000000, .mem = 0xFFFFFFFF00000000, .w2 = 1, .cc = 3},
    {"slgrk %r2,%r3,%r4", "B9EB4023", .r3 = 1, .r4 = 2, .w2 = 0xFFFFFFFFFFFFFFFF, .cc = 1},
    /* with borrow: CC 0/1 mean a borrow is pending.  5 - 5 - 1 = -1 */
    {"slbr %r2,%r3", "B9990023", .cc_in = 1, .r2 = 5, .r3 = 5, .w2 = 0xFFFFFFFF, .cc = 1},
    {"slbr %r2,%r3", "B9990023", .cc_in = 3, .r2 = 5, .r3 = 5, .w2 = 0, .cc = 2},
    {"slbr %r2,%r3", "B9990023", .cc_in = 0, .r2 = 1, .r3 = 0, .w2 = 0, .cc = 2},
    /* 0 - 0xFFFFFFFF - 1 = -2^32: zero with a borrow, the only way to CC 0 */
    {"slbr %r2,%r3", "B9990023", .cc_in = 0, .r2 = 0, .r3 = 0xFFFFFFFF, .w2 = 0, .cc = 0},
    {"slbgr %r2,%r3", "B9890023", .cc_in = 0, .r2 = 0, .r3 = 0, .w2 = 0xFFFFFFFFFFFFFFFF, .cc = 1},
    {"slb %r2,0(%r5)", "E32050000099", .cc_in = 2, .r2 = 3, .mem = 0x0000000100000000, .w2 = 2, .cc = 3},
    {"slbg %r2,0(%r5)", "E32050000089", .cc_in = 1, .r2 = 3, .mem = 2, .w2 = 0, .cc = 2},
};

/* Storage-immediate forms and operands in awkward places. */
static const struct fcase storage_cases[] = {
    /* -2^31 + (-1) overflows: 0x7FFFFFFF stored even when the interruption is taken */
    {"asi 0(%r5),-1", "EBFF5000006A", .mem = 0x8000000012345678, .cmem = true, .wmem = 0x7FFFFFFF12345678, .cc = 3},
    {"asi 0(%r5),-1", "EBFF5000006A", .mem = 0x8000000012345678, .cmem = true, .wmem = 0x7FFFFFFF12345678, .cc = 3, .pm = true,
     .pgm = PGM_FIXED_OVERFLOW},
    {"asi 4(%r5),5", "EB055004006A", .mem = 0xFFFFFFFB, .cmem = true, .wmem = 0, .cc = 0},
    {"agsi 0(%r5),1", "EB015000007A", .mem = 0x7FFFFFFFFFFFFFFF, .cmem = true, .wmem = 0x8000000000000000, .cc = 3},
    {"agsi 0(%r5),-128", "EB805000007A", .mem = 0, .cmem = true, .wmem = 0xFFFFFFFFFFFFFF80, .cc = 1},
    /* ALSI adds the sign-extended byte modulo 2^32: 0 + 0xFFFFFFFF no carry, 1 + 0xFFFFFFFF carry */
    {"alsi 0(%r5),-1", "EBFF5000006E", .mem = 0x0000000055555555, .cmem = true, .wmem = 0xFFFFFFFF55555555, .cc = 1},
    {"alsi 0(%r5),-1", "EBFF5000006E", .mem = 0x0000000155555555, .cmem = true, .wmem = 0x0000000055555555, .cc = 2},
    {"algsi 0(%r5),1", "EB015000007E", .mem = 0xFFFFFFFFFFFFFFFF, .cmem = true, .wmem = 0, .cc = 2},
    /* operands that straddle a page boundary (0x10FFE..) */
    {"a %r2,0(%r5)", "5A205000", .base = 0x10FFE, .r2 = 1, .mem = 0x1234567800000000, .w2 = 0x12345679, .cc = 2},
    {"ag %r2,0(%r5)", "E32050000008", .base = 0x10FFC, .r2 = 1, .mem = 0x0102030405060708, .w2 = 0x0102030405060709, .cc = 2},
    {"asi 0(%r5),1", "EB015000006A", .base = 0x10FFF, .mem = 0x7FFFFFFF00000000, .cmem = true, .wmem = 0x8000000000000000, .cc = 3},
    {"algsi 0(%r5),-1", "EBFF5000007E", .base = 0x10FFD, .mem = 0, .cmem = true, .wmem = 0xFFFFFFFFFFFFFFFF, .cc = 1},
    {"alsi 0(%r5),127", "EB7F5000006E", .base = 0x10FFE, .mem = 0xFFFFFF8100000000, .cmem = true, .wmem = 0, .cc = 2},
    /* beyond the 1 MiB of storage: addressing exception, suppressed (CC and R1 unchanged) */
    {"a %r2,0(%r5)", "5A205000", .base = 0x100000, .cc_in = 1, .r2 = 7, .w2 = 7, .cc = CC_SAME, .pgm = PGM_ADDRESSING},
    {"asi 0(%r5),1", "EB015000006A", .base = 0xFFFFE, .cc_in = 2, .cc = CC_SAME, .pgm = PGM_ADDRESSING},
    {"algsi 0(%r5),1", "EB015000007E", .base = 0x100000, .cc_in = 3, .cc = CC_SAME, .pgm = PGM_ADDRESSING},
};

FCASE_TEST(signed_add_subtract, signed_cases)
FCASE_TEST(logical_add_subtract, logical_cases)
FCASE_TEST(storage_operands, storage_cases)

/* An RX add in 24-bit mode: the operand address wraps at 16 MiB. */
START_TEST(address_wraps_in_24_bit_mode)
{
    struct harness h;
    h_init(&h);
    cpu_load_psw(&h.cpu, 0, H_CODE);
    h.cpu.gr[2] = 5;
    h.cpu.gr[5] = 0x100FFFF; /* + 1 = 0x1010000, which is 0x010000 in 24 bits */
    h_st32(&h, 0x10000, 0x10);
    h_code(&h, H_CODE, "5A205001"); /* a %r2,1(%r5) */
    h_run_n(&h, 1);
    ck_assert_uint_eq(h_pgm_code(&h), 0);
    ck_assert_uint_eq(h.cpu.gr[2], 0x15);
    h_free(&h);
}
END_TEST

/* Read-modify-write whose store is refused (low-address protection, CR0 bit 35, covers real
 * 0-511): the fetch succeeds, the store raises protection, and neither the storage nor the
 * CC changes (the instruction is suppressed). */
static const char *const lap_insns[] = {
    "EB015100006A", /* asi 256(%r5),1 */
    "EB015100006E", /* alsi 256(%r5),1 */
    "EB015100007A", /* agsi 256(%r5),1 */
    "EB015100007E", /* algsi 256(%r5),1 */
};

START_TEST(protected_storage_immediate_changes_nothing)
{
    struct harness h;
    h_init(&h);
    h.cpu.cr[0] |= 1ULL << (63 - 35);
    h.cpu.cc = 1;
    h.cpu.gr[5] = 0;
    h_st64(&h, 0x100, 0x7FFFFFFFFFFFFFFFULL);
    h_code(&h, H_CODE, lap_insns[_i]);
    h_run(&h);
    ck_assert_uint_eq(h_pgm_code(&h), PGM_PROTECTION);
    ck_assert_uint_eq(h_ld64(&h, LC_PGM_OLD + 8), H_CODE + 6);
    ck_assert_uint_eq((h_ld64(&h, LC_PGM_OLD) >> 44) & 3, 1);
    ck_assert_uint_eq(h_ld64(&h, 0x100), 0x7FFFFFFFFFFFFFFFULL);
    h_free(&h);
}
END_TEST

/* ASI on an aligned word is an interlocked update: two CPUs on two host threads, each adding
 * 1 a million times to the same word, leave exactly 2000000 there. */
static pthread_barrier_t start_line;

static void *run_cpu(void *arg)
{
    struct cpu *cpu = arg;
    cpu->max_insns = 4000000;
    pthread_barrier_wait(&start_line);
    cpu_run(cpu);
    return NULL;
}

START_TEST(asi_is_interlocked_between_cpus)
{
    struct harness h;
    struct cpu second;
    h_init(&h);
    ck_assert_int_eq(cpu_init(&second, &h.mem, 1), 0);
    second.stopped = false;
    /* lgfi %r1,1000000; loop: asi 0(%r5),1; brct %r1,loop */
    h_code(&h, H_CODE, "C011000F4240 EB015000006A A716FFFD");
    cpu_load_psw(&second, PSW_EA | PSW_BA, H_CODE);
    h.cpu.gr[5] = second.gr[5] = DATA;
    pthread_t t;
    pthread_barrier_init(&start_line, NULL, 2);
    ck_assert_int_eq(pthread_create(&t, NULL, run_cpu, &second), 0);
    run_cpu(&h.cpu);
    pthread_join(t, NULL);
    pthread_barrier_destroy(&start_line);
    ck_assert(h_ended_normally(&h));
    ck_assert(second.psw.mask & PSW_WAIT);
    ck_assert_uint_eq(h_ld32(&h, DATA), 2000000);
    cpu_destroy(&second);
    h_free(&h);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("fixed_arith");
    TCase *tc = tcase_create("core");
    ADD_FCASES(tc, signed_add_subtract, signed_cases);
    ADD_FCASES(tc, logical_add_subtract, logical_cases);
    ADD_FCASES(tc, storage_operands, storage_cases);
    tcase_add_test(tc, address_wraps_in_24_bit_mode);
    tcase_add_loop_test(tc, protected_storage_immediate_changes_nothing, 0, 4);
    tcase_add_test(tc, asi_is_interlocked_between_cpus);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return h_main(make_suite());
}
